package de.consortium.api.documents;

import de.consortium.domain.document.ContentHash;
import de.consortium.domain.project.PartnerId;

/** Where a partner's document lives in a store: its project, its partner and the SHA-256 of its bytes. */
public record DocumentAddress(PartnerId partner, String sha256) {

    public DocumentAddress {
        ContentHash.checked(sha256);
    }

    /** The key in a store: project, partner, hash; the ids hold no path separators. */
    public String key() {
        return partner.projectId() + "/" + partner.partnerCode() + "/" + sha256;
    }
}
