package de.consortium.api.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import de.consortium.api.security.SecurityProperties;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.axonframework.config.EventProcessingConfiguration;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The API document: who publishes it, which build it describes, how to sign in on the running profile (HTTP Basic
 * with the local users, or bearer tokens of the identity provider, which Swagger UI obtains by authorization code
 * with PKCE), and the customizers that make it say what the server answers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocumentProperties.class)
class ApiDocumentConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String OIDC = "oidc";

    static {
        // one named schema per enum (Phase, FundingRate, ...), which generated clients share between models
        ModelResolver.enumsAsRef = true;
        SpringDocUtils.getConfig()
                .replaceWithSchema(BigDecimal.class, EuroAmounts.schema())
                .replaceWithSchema(JsonNode.class, new Schema<>().types(Set.of("object"))
                        .description("The event's content as stored, with its amounts in euros"));
    }

    @Bean
    OpenAPI consortiumApiDocument(ApiDocumentProperties document, ObjectProvider<BuildProperties> build,
                                  SecurityProperties security) {
        Contact contact = new Contact().name(document.contactName());
        if (document.contactEmail() != null && !document.contactEmail().isBlank()) {
            contact.email(document.contactEmail());
        }
        if (document.contactUrl() != null && !document.contactUrl().isBlank()) {
            contact.url(document.contactUrl());
        }
        BuildProperties buildProperties = build.getIfAvailable();
        Info info = new Info().title(document.title())
                .version(buildProperties == null ? "development" : buildProperties.getVersion())
                .description(resource("openapi/description.md"))
                .license(new License().name("Apache License 2.0").identifier("Apache-2.0"))
                .contact(contact);
        Components components = new Components();
        OpenAPI openApi = new OpenAPI().info(info).components(components);
        if (security.mode() == SecurityProperties.Mode.JWT) {
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT").description("An access token of the identity provider"));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
            String issuer = document.signInIssuer();
            if (issuer != null && !issuer.isBlank()) {
                components.addSecuritySchemes(OIDC, new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration")
                        .description("Sign-in at the identity provider " + issuer
                                + " (authorization code with PKCE)"));
                openApi.addSecurityItem(new SecurityRequirement().addList(OIDC));
            }
        } else {
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A local user of this installation"));
            openApi.security(List.of(new SecurityRequirement().addList(BASIC)));
        }
        return openApi;
    }

    @Bean
    PropertyCustomizer nullableReferences() {
        return new NullableReferences();
    }

    @Bean
    GlobalOperationCustomizer documentedResponses() {
        return new DocumentedResponses();
    }

    @Bean
    GlobalOpenApiCustomizer documentedSchemas(ObjectProvider<EventProcessingConfiguration> processing,
                                             ObjectMapper mapper) {
        return new DocumentedSchemas(processing, new ScenarioExamples(mapper.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)));
    }

    static String resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
