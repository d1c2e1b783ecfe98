package de.consortium.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers a successful HTTP Basic sign-in for a short while, so that a client sending many requests does not pay
 * a BCrypt verification (tens of milliseconds of CPU, by design) on every one. The key is an HMAC of user name and
 * password under a random key of this process, so neither passwords nor plain hashes of them are held; a wrong
 * password never matches and goes to the real check. At most {@code MAX_ENTRIES} sign-ins are remembered.
 */
class RecentSignIns implements AuthenticationProvider {

    static final int MAX_ENTRIES = 10_000;

    private record SignIn(Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider verifier;
    private final Duration remembered;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, SignIn> signIns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SignIn> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RecentSignIns(AuthenticationProvider verifier, Duration remembered, Clock clock) {
        this.verifier = verifier;
        this.remembered = remembered;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String fingerprint = fingerprint(request.getName(), String.valueOf(request.getCredentials()));
        Instant now = clock.instant();
        synchronized (signIns) {
            SignIn known = signIns.get(fingerprint);
            if (known != null && known.until().isAfter(now)) {
                return known.authentication();
            }
        }
        Authentication verified = verifier.authenticate(request);
        if (verified != null && verified.isAuthenticated()) {
            synchronized (signIns) {
                signIns.put(fingerprint, new SignIn(verified, now.plus(remembered)));
            }
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signIn = (user + "\u0000" + password).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(signIn));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
