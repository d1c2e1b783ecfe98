package de.consortium.domain.document;

import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Rule R7.5 (docs/domain.md): documents are kept five years after the proof of use they belong to, for the ministry,
 * KfW and the Federal Court of Audit. A document belongs to the proofs of use that refer to it; one that none refers
 * to (a council paper, a report) belongs to the partner's latest proof of use. Before any proof of use its
 * retention has not begun.
 */
public final class DocumentRetention {

    public static final Period KEPT_FOR = Period.ofYears(5);

    private DocumentRetention() {
    }

    /** The first day the document may be deleted, if its retention has begun. */
    public static Optional<LocalDate> deletableFrom(String sha256, Enclosures enclosures) {
        return deletableFrom(enclosures.latestEnclosing(sha256), enclosures.latestProof());
    }

    /**
     * The same from the days of the latest proof of use that encloses the document and of the partner's latest
     * proof of use, for those who keep only these.
     */
    public static Optional<LocalDate> deletableFrom(Optional<LocalDate> latestEnclosing,
                                                    Optional<LocalDate> latestProof) {
        return latestEnclosing.or(() -> latestProof).map(submittedOn -> submittedOn.plus(KEPT_FOR));
    }

    public static void checkRunOut(String sha256, LocalDate deletedOn, Enclosures enclosures) {
        Optional<LocalDate> deletableFrom = deletableFrom(sha256, enclosures);
        if (deletableFrom.isEmpty()) {
            throw new RuleViolation(Rule.DOCUMENT_RETENTION, "The document belongs to no proof of use yet, so its"
                    + " five years have not begun.");
        }
        if (deletedOn.isBefore(deletableFrom.get())) {
            throw new RuleViolation(Rule.DOCUMENT_RETENTION, "The document is kept until "
                    + deletableFrom.get().minusDays(1) + ", five years after the proof of use it belongs to.");
        }
    }
}
