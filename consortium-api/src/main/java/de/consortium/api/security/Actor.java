package de.consortium.api.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** The authenticated caller: its name, roles and the partner cities it acts for. */
public record Actor(String name, Set<Role> roles, Set<String> partners) {

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessDeniedException("Not authenticated.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> partners = new TreeSet<>();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith(Role.PARTNER_PREFIX)) {
                partners.add(authority.substring(Role.PARTNER_PREFIX.length()));
            }
            Role.ofAuthority(authority).ifPresent(roles::add);
        }
        return new Actor(authentication.getName(), roles, partners);
    }

    public boolean actsFor(Role role, String partner) {
        return roles.contains(role) && partners.contains(partner);
    }
}
