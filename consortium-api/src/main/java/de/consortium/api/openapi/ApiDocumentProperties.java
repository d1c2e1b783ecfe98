package de.consortium.api.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the API document says about this installation.
 *
 * @param title        the document's title
 * @param contactName  who runs this installation and answers questions about its API
 * @param contactEmail their address (left out of the document when empty)
 * @param contactUrl   their web page (left out of the document when empty)
 * @param signInIssuer the OpenID Connect issuer at which Swagger UI signs in on the production profiles (by default
 *                     the issuer whose tokens the API accepts); none on the embedded default
 */
@ConfigurationProperties(prefix = "consortium.api-document")
public record ApiDocumentProperties(String title, String contactName, String contactEmail, String contactUrl,
                                    String signInIssuer) {

    public ApiDocumentProperties {
        title = title == null ? "Consortium backend API" : title;
        contactName = contactName == null ? "Operator of this installation" : contactName;
    }
}
