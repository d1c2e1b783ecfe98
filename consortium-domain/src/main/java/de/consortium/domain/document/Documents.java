package de.consortium.domain.document;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;

import java.util.HashMap;
import java.util.Map;

/** A partner's documents by hash: which it keeps and which were deleted after their retention. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Documents {

    private final Map<String, Boolean> keptByHash = new HashMap<>();

    /** R7.4: a document is recorded once; a deleted one is not recorded anew. */
    public void checkNotYetRecorded(String sha256) {
        if (keptByHash.containsKey(sha256)) {
            throw new RuleViolation(Rule.DOCUMENT_RECORDED_ONCE, "The document " + sha256
                    + " is already recorded for this partner.");
        }
    }

    /** R7.4: what a proof of use, a resolution or a deletion refers to is a document the partner keeps. */
    public void checkKept(String sha256) {
        Boolean kept = keptByHash.get(sha256);
        if (kept == null) {
            throw new UnknownReference("No document " + sha256 + " is recorded for this partner.");
        }
        if (!kept) {
            throw new RuleViolation(Rule.DOCUMENT_ON_RECORD, "The document " + sha256
                    + " was deleted after its retention.");
        }
    }

    public void recorded(String sha256) {
        keptByHash.put(sha256, true);
    }

    public void deleted(String sha256) {
        keptByHash.put(sha256, false);
    }
}
