package de.consortium.api.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the API document says about this installation.
 *
 * @param title        the document's title
 * @param contactName  who runs this installation and answers questions about its API
 * @param contactEmail their address (left out of the document when empty)
 * @param contactUrl   their web page (left out of the document when empty)
 */
@ConfigurationProperties(prefix = "consortium.api-document")
public record ApiDocumentProperties(String title, String contactName, String contactEmail, String contactUrl) {

    public ApiDocumentProperties {
        title = title == null ? "Consortium backend API" : title;
        contactName = contactName == null ? "Operator of this installation" : contactName;
    }
}
