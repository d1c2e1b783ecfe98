package de.consortium.api.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Who signed in to the pages at the identity provider, with the roles and cities its access token gives: the same
 * claims, read the same way, as for a bearer token at the API (the ID token need not carry them).
 */
final class RolesFromAccessToken implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService idToken = new OidcUserService();
    private final JwtDecoder accessTokens;
    private final ClaimsAuthorities authorities;

    RolesFromAccessToken(JwtDecoder accessTokens, ClaimsAuthorities authorities) {
        this.accessTokens = accessTokens;
        this.authorities = authorities;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = idToken.loadUser(request);
        return new DefaultOidcUser(authorities.convert(accessTokens.decode(request.getAccessToken().getTokenValue())),
                user.getIdToken(), user.getUserInfo(), "preferred_username");
    }
}
