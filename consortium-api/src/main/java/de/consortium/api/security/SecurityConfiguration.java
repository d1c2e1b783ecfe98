package de.consortium.api.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.time.Clock;
import java.util.stream.Stream;

/**
 * Every API call is authenticated: by the configured local users over HTTP Basic on the embedded default, by
 * bearer tokens of the organisation's identity provider in production. Reading needs any known user; which
 * command a user may send is decided by {@link CommandPermissions}. Refusals are problem+json like any other.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The registration of the pages at the identity provider ({@code spring.security.oauth2.client.registration}). */
    static final String PAGES_CLIENT = "pages";

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, ProblemResponses problems,
                            Clock clock, UserDetailsService users, PasswordEncoder passwordEncoder)
            throws Exception {
        AuthenticationEntryPoint signIn = (request, response, e) -> {
            // a page's own script (Swagger UI, Sec-Fetch-Mode other than navigate) signs in itself: a Basic challenge
            // would make the browser hold its call for a login prompt instead of showing the 401
            String fetchMode = request.getHeader("Sec-Fetch-Mode");
            boolean fromScript = fetchMode != null && !fetchMode.equals("navigate");
            if (properties.mode() == SecurityProperties.Mode.BASIC && !fromScript) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"consortium\"");
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Not authenticated", "Sign in to use the API.");
        };
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // metrics carry money per partner: operators and monitoring only
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                        .hasAnyRole(Role.OPERATOR.name(), Role.MONITORING.name())
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        // the OParl view shows what councils decided in public sessions, to anyone, read only
                        .requestMatchers(HttpMethod.GET, "/oparl/v1/**").permitAll()
                        .requestMatchers("/api/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/api/operations/**").hasRole(Role.OPERATOR.name())
                        // any method reaches the API once signed in, so that one it does not take is a 405 there
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "Forbidden", "You may not do this.")));
        if (properties.mode() == SecurityProperties.Mode.JWT) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(new ClaimsAuthorities(properties.jwt()));
            converter.setPrincipalClaimName("preferred_username");
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(signIn)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(converter)));
        } else {
            DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
            passwords.setPasswordEncoder(passwordEncoder);
            http.authenticationProvider(new RecentSignIns(passwords, properties.signInRemembered(), clock))
                    .httpBasic(basic -> basic.authenticationEntryPoint(signIn));
        }
        return http.build();
    }

    /**
     * The pages sign people in and keep them signed in for the session (the API stays stateless): with a form
     * against the local users on the embedded default, at the organisation's identity provider on the production
     * profiles. Forms that change something carry a CSRF token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, SecurityProperties properties, Clock clock,
                              UserDetailsService users, PasswordEncoder passwordEncoder,
                              ObjectProvider<JwtDecoder> accessTokens) throws Exception {
        http.securityMatcher(PagePaths.PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/assets/**", "/forbidden").permitAll()
                        .requestMatchers("/audit", "/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/operations", "/operations/**").hasRole(Role.OPERATOR.name())
                        .anyRequest().authenticated())
                .exceptionHandling(handling -> handling.accessDeniedPage("/forbidden"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        if (properties.mode() == SecurityProperties.Mode.JWT) {
            // at the identity provider, authorization code with PKCE for the public client "pages"
            http.oauth2Login(login -> login.loginPage("/oauth2/authorization/" + PAGES_CLIENT)
                    .userInfoEndpoint(info -> info.oidcUserService(new RolesFromAccessToken(
                            accessTokens.getObject(), new ClaimsAuthorities(properties.jwt())))));
        } else {
            DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
            passwords.setPasswordEncoder(passwordEncoder);
            http.authenticationProvider(new RecentSignIns(passwords, properties.signInRemembered(), clock))
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false));
        }
        return http.build();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream().map(user -> User.withUsername(user.username())
                .password(user.password())
                .authorities(Stream.concat(user.roles().stream().map(Role::authority),
                                user.partners().stream().map(partner -> Role.PARTNER_PREFIX + partner))
                        .map(SimpleGrantedAuthority::new).toList())
                .build()).toList());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Paths the firewall refuses (encoded slashes, dot segments, control characters) get a problem, not a page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, e) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                "Invalid request", "The request's path is not acceptable.");
    }
}
