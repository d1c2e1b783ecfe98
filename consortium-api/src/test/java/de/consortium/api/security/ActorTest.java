package de.consortium.api.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCallersRolesAndPartnersAreReadFromItsAuthorities() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lhm",
                null, AuthorityUtils.createAuthorityList("ROLE_PROJECT_LEAD", "PARTNER_LHM", "ROLE_AUDITOR",
                        "PARTNER_HH", "ROLE_MAYOR", "PROJECT_LEAD")));

        Actor actor = Actor.current();

        assertThat(actor.name()).isEqualTo("lhm");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.PROJECT_LEAD, Role.AUDITOR);
        assertThat(actor.partners()).isEqualTo(Set.of("HH", "LHM"));
        assertThat(actor.actsFor(Role.PROJECT_LEAD, "LHM")).isTrue();
        assertThat(actor.actsFor(Role.FUNDER, "LHM")).isFalse();
    }

    @Test
    void everyRoleIsFoundByItsAuthority() {
        for (Role role : Role.values()) {
            assertThat(Role.ofAuthority("ROLE_" + role.name())).contains(role);
        }
        assertThat(Role.ofAuthority(Role.PARTNER_PREFIX + "LHM")).isEmpty();
    }
}
