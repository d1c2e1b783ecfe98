package de.consortium.api.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads roles and partner codes from a token, as the identity provider (e.g. Keycloak) puts them there: roles by
 * name from the roles claim, partner codes from the partners claim or as roles named {@code PARTNER_<code>}.
 */
class ClaimsAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final SecurityProperties.Jwt claims;

    ClaimsAuthorities(SecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Object role : list(path(jwt.getClaims(), claims.rolesClaim()))) {
            if (role instanceof String name && name.startsWith(Role.PARTNER_PREFIX)) {
                authorities.add(new SimpleGrantedAuthority(name));
            }
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    authorities.add(new SimpleGrantedAuthority(known.authority()));
                }
            }
        }
        for (Object partner : list(jwt.getClaims().get(claims.partnersClaim()))) {
            authorities.add(new SimpleGrantedAuthority(Role.PARTNER_PREFIX + partner));
        }
        return authorities;
    }

    private static Object path(Map<String, Object> claims, String dottedPath) {
        Object value = claims;
        for (String step : dottedPath.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        return value;
    }

    private static Collection<?> list(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        return value == null ? List.of() : List.of(value);
    }
}
