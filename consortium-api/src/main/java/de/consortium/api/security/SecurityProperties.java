package de.consortium.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * @param mode  {@code basic}: the configured local users (embedded default); {@code jwt}: an OAuth2 resource
 *              server trusting the configured issuer (production profiles)
 * @param users local users, each with a BCrypt password hash ({@code {bcrypt}...}), roles and partner codes
 * @param jwt   where roles and partner codes stand in a token
 * @param signInRemembered how long a successful local sign-in is remembered, sparing the password check
 * @param readAllRoles     the roles that read every project (the others read the projects their city belongs to)
 */
@ConfigurationProperties(prefix = "consortium.security")
public record SecurityProperties(Mode mode, List<User> users, Jwt jwt, Duration signInRemembered,
                                 Set<Role> readAllRoles) {

    public enum Mode {
        BASIC,
        JWT
    }

    public record User(String username, String password, List<Role> roles, List<String> partners) {

        public User {
            roles = roles == null ? List.of() : roles;
            partners = partners == null ? List.of() : partners;
        }
    }

    /**
     * @param rolesClaim    a dotted path to the list of role names (Keycloak: realm_access.roles)
     * @param partnersClaim the claim that lists the partner codes the user acts for
     */
    public record Jwt(String rolesClaim, String partnersClaim) {

        public Jwt {
            rolesClaim = rolesClaim == null ? "realm_access.roles" : rolesClaim;
            partnersClaim = partnersClaim == null ? "partners" : partnersClaim;
        }
    }

    public SecurityProperties {
        mode = mode == null ? Mode.BASIC : mode;
        users = users == null ? List.of() : users;
        jwt = jwt == null ? new Jwt(null, null) : jwt;
        signInRemembered = signInRemembered == null ? Duration.ofMinutes(5) : signInRemembered;
        readAllRoles = readAllRoles == null ? EnumSet.of(Role.FUNDER, Role.AUDITOR, Role.DASHBOARD)
                : readAllRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(readAllRoles);
    }
}
