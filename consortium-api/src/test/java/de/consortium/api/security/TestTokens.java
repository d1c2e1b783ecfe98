package de.consortium.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Access tokens as the identity provider issues them, signed with a key made for the test. */
public final class TestTokens {

    private TestTokens() {
    }

    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a PEM file, for spring.security.oauth2.resourceserver.jwt.public-key-location. */
    public static Path publicKeyPem(KeyPair keys, Path directory) throws IOException {
        Path file = directory.resolve("public.pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n",
                StandardCharsets.US_ASCII);
        return file;
    }

    /** The claims of a user's token: its name, roles in realm_access.roles and partner codes in partners. */
    public static JWTClaimsSet.Builder claims(String user, List<String> roles, List<String> partners,
                                              long validForSeconds) {
        return new JWTClaimsSet.Builder().subject(user + "-id").claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", roles)).claim("partners", partners)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(validForSeconds)));
    }

    public static String signed(KeyPair keys, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
