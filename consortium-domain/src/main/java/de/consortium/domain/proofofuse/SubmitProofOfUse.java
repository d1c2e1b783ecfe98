package de.consortium.domain.proofofuse;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.rules.Shown;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.support.CanonicalSets;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A partner submits the proof of use of a phase with the documents that go with it: as files it keeps, each naming
 * the leaflet's document it is, and (as proofs before files were kept did) as documents handed in otherwise.
 */
public record SubmitProofOfUse(@TargetAggregateIdentifier PartnerId partnerId, String proofId, Phase phase,
                               LocalDate submittedOn, Set<ProofDocument> documents, Set<ProofFile> files)
        implements DatedCommand {

    private static final Pattern PROOF_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public SubmitProofOfUse {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(submittedOn, "submittedOn");
        if (proofId == null || !PROOF_ID.matcher(proofId).matches()) {
            throw new IllegalArgumentException("a proof id has 1 to 64 letters, digits, dots, dashes or underscores,"
                    + " not " + Shown.quoted(proofId));
        }
        documents = documents == null ? Set.of() : CanonicalSets.of(documents);
        files = files == null ? Set.of() : CanonicalSets.of(files);
    }

    /** The leaflet's documents the proof comes with, handed in as files or otherwise. */
    public Set<ProofDocument> enclosed() {
        Set<ProofDocument> enclosed = EnumSet.noneOf(ProofDocument.class);
        enclosed.addAll(documents);
        files.forEach(file -> enclosed.add(file.document()));
        return enclosed;
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The submission date", submittedOn);
    }
}
