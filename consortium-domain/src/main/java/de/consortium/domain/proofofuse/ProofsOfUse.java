package de.consortium.domain.proofofuse;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.document.Enclosures;
import de.consortium.domain.rules.Chronology;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A partner's proofs of use: per proof its phase and whether the funder has audited it. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ProofsOfUse implements Enclosures {

    private record Proof(Phase phase, LocalDate submittedOn, boolean decided, Set<String> files) {
    }

    private final Map<String, Proof> byId = new HashMap<>();
    private final Set<Phase> accepted = EnumSet.noneOf(Phase.class);

    /** One proof per phase awaits audit at a time, and none follows an accepted one. */
    public void checkSubmittable(String proofId, Phase phase) {
        if (byId.containsKey(proofId)) {
            throw new RuleViolation(Rule.PROOF_ID_UNIQUE, "A proof of use " + proofId + " exists already.");
        }
        if (accepted.contains(phase)) {
            throw new RuleViolation(Rule.PROOF_OF_USE_ACCEPTED_ONCE, "The proof of use of phase " + phase
                    + " is already accepted.");
        }
        byId.entrySet().stream().filter(e -> e.getValue().phase() == phase && !e.getValue().decided()).findFirst()
                .ifPresent(pending -> {
                    throw new RuleViolation(Rule.ONE_PROOF_OF_USE_PENDING, "Proof of use " + pending.getKey()
                            + " of phase " + phase + " awaits the funder's audit.");
                });
    }

    /** Returns the phase of the proof, which must await audit. */
    public Phase checkDecidable(String proofId, LocalDate decidedOn) {
        Proof proof = byId.get(proofId);
        if (proof == null) {
            throw new UnknownReference("No proof of use " + proofId + " exists for this partner.");
        }
        if (proof.decided()) {
            throw new RuleViolation(Rule.PROOF_OF_USE_DECIDED_ONCE, "The funder has already audited proof of use "
                    + proofId + ".");
        }
        Chronology.notBefore("The audit", decidedOn, "the submission", proof.submittedOn());
        return proof.phase();
    }

    @Override
    public Optional<LocalDate> latestEnclosing(String sha256) {
        return byId.values().stream().filter(proof -> proof.files().contains(sha256)).map(Proof::submittedOn)
                .max(Comparator.naturalOrder());
    }

    @Override
    public Optional<LocalDate> latestProof() {
        return byId.values().stream().map(Proof::submittedOn).max(Comparator.naturalOrder());
    }

    public boolean isAccepted(Phase phase) {
        return accepted.contains(phase);
    }

    public void submitted(ProofOfUseSubmitted event) {
        byId.put(event.proofId(), new Proof(event.phase(), event.submittedOn(), false, event.files().stream()
                .map(ProofFile::sha256).collect(Collectors.toCollection(TreeSet::new))));
    }

    public void decided(String proofId, boolean wasAccepted) {
        Proof proof = byId.get(proofId);
        byId.put(proofId, new Proof(proof.phase(), proof.submittedOn(), true, proof.files()));
        if (wasAccepted) {
            accepted.add(proof.phase());
        }
    }
}
