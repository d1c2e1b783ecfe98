package de.consortium.domain.support;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.PassCouncilResolution;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static de.consortium.domain.resolution.ResolutionSubject.APPLICATION_APPROVAL;
import static de.consortium.domain.resolution.ResolutionSubject.OWN_SHARE_FINANCING;
import static de.consortium.domain.resolution.ResolutionSubject.STRATEGY_ADOPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sets in messages iterate in their elements' natural order, whatever order they were given in. */
class CanonicalSetsTest {

    private static final PartnerId MUNICH = new PartnerId("SC20-SFQRL", "LHM");

    @Test
    void aSetIsCopiedInNaturalOrderAndCannotBeChanged() {
        Set<ResolutionSubject> canonical = CanonicalSets.of(ordered(STRATEGY_ADOPTION, APPLICATION_APPROVAL));
        assertThat(canonical).containsExactly(APPLICATION_APPROVAL, STRATEGY_ADOPTION);
        assertThatThrownBy(() -> canonical.add(OWN_SHARE_FINANCING)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(CanonicalSets.<ResolutionSubject>of(null)).isNull();
    }

    @Test
    void resolutionsListTheirSubjectsInOneOrderWhateverOrderTheyCameIn() {
        for (Set<ResolutionSubject> given : List.of(ordered(OWN_SHARE_FINANCING, STRATEGY_ADOPTION, APPLICATION_APPROVAL),
                ordered(APPLICATION_APPROVAL, OWN_SHARE_FINANCING, STRATEGY_ADOPTION),
                Set.of(STRATEGY_ADOPTION, APPLICATION_APPROVAL, OWN_SHARE_FINANCING))) {
            PassCouncilResolution command = new PassCouncilResolution(MUNICH, "V 1", "t", "Stadtrat",
                    LocalDate.of(2020, 5, 13), true, given, ResolutionOutcome.ADOPTED, null, null, null, null);
            CouncilResolutionPassed event = new CouncilResolutionPassed(MUNICH, "V 1", "t", "Stadtrat",
                    LocalDate.of(2020, 5, 13), true, given, ResolutionOutcome.ADOPTED, null, List.of(), null, null);
            assertThat(command.subjects()).containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING, STRATEGY_ADOPTION);
            assertThat(event.subjects()).containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING, STRATEGY_ADOPTION);
        }
    }

    @Test
    void proofsOfUseListTheirDocumentsInOneOrder() {
        ProofOfUseSubmitted event = new ProofOfUseSubmitted(MUNICH, "P-1", Phase.A, LocalDate.of(2023, 1, 1),
                ordered(ProofDocument.RECORD_RETENTION_COMMITMENT, ProofDocument.SMART_CITY_STRATEGY,
                        ProofDocument.INVOICE_CONFIRMATION), Set.of());
        assertThat(event.documents()).containsExactly(ProofDocument.SMART_CITY_STRATEGY,
                ProofDocument.INVOICE_CONFIRMATION, ProofDocument.RECORD_RETENTION_COMMITMENT);
    }

    @SafeVarargs
    private static <E> Set<E> ordered(E... elements) {
        return new LinkedHashSet<>(List.of(elements));
    }
}
