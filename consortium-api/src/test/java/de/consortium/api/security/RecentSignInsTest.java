package de.consortium.api.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentSignInsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            checks.incrementAndGet();
            if (!"right".equals(request.getCredentials())) {
                throw new BadCredentialsException("wrong password");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private static Authentication signIn(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("lhm", password);
    }

    @Test
    void aRememberedSignInSparesThePasswordCheckButAWrongPasswordNeverPasses() {
        RecentSignIns signIns = new RecentSignIns(passwords, Duration.ofMinutes(5), Clock.systemUTC());
        assertThat(signIns.authenticate(signIn("right")).isAuthenticated()).isTrue();
        assertThat(signIns.authenticate(signIn("right")).isAuthenticated()).isTrue();
        assertThat(checks).hasValue(1);
        assertThatThrownBy(() -> signIns.authenticate(signIn("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aSignInIsForgottenAfterItsTime() {
        Instant start = Instant.parse("2026-11-21T10:00:00Z");
        AtomicReference<Instant> now = new AtomicReference<>(start);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        RecentSignIns signIns = new RecentSignIns(passwords, Duration.ofMinutes(5), clock);
        signIns.authenticate(signIn("right"));
        now.set(start.plus(Duration.ofMinutes(4)));
        signIns.authenticate(signIn("right"));
        assertThat(checks).hasValue(1);
        now.set(start.plus(Duration.ofMinutes(6)));
        signIns.authenticate(signIn("right"));
        assertThat(checks).hasValue(2);
    }
}
