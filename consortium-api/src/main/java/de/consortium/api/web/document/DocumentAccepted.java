package de.consortium.api.web.document;

import de.consortium.domain.document.DocumentKind;

/**
 * The answer to an accepted upload: the document as recorded, named by its SHA-256, and the partner's new version.
 *
 * @param mediaType the media type as the content shows it
 * @param size      bytes
 */
public record DocumentAccepted(String projectId, String partner, String sha256, DocumentKind kind, String fileName,
                               String mediaType, long size, String aggregateId, Long version) {
}
