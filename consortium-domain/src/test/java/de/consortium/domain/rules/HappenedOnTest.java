package de.consortium.domain.rules;

import de.consortium.domain.CutCase;
import de.consortium.domain.application.ApplicationSubmitted;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.grant.GrantRefused;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.ProjectRegistered;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.repayment.RepaymentClaimed;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event names the day its fact happened in the world: the day "as it was on a date" cuts the history at. */
class HappenedOnTest {

    private static final LocalDate DAY = LocalDate.of(2021, 7, 5);
    private static final Money AMOUNT = Money.ofEuros("100.00");

    @Test
    void everyEventNamesTheDayOfItsFact() {
        Map<HappenedOn, LocalDate> events = Map.ofEntries(
                Map.entry(new ProjectRegistered(CutCase.PROJECT, "t", "p", "FHH", CutCase.DEADLINE, CutCase.RUNNING_TIME,
                        List.of(), DAY), DAY),
                Map.entry(CutCase.munichJoined(), LocalDate.of(2020, 5, 5)),
                Map.entry(CutCase.munichPlanSet(), CutCase.munichPlanSet().decidedOn()),
                Map.entry(CutCase.munichResolution(ResolutionOutcome.ADOPTED, ResolutionSubject.OTHER), CutCase.SESSION),
                Map.entry(new ApplicationSubmitted(CutCase.MUNICH, DAY, AMOUNT, AMOUNT, List.of()), DAY),
                Map.entry(new GrantAwarded(CutCase.MUNICH, DAY, AMOUNT, "r"), DAY),
                Map.entry(new GrantRefused(CutCase.MUNICH, DAY, "r"), DAY),
                Map.entry(CutCase.firstRequested("R1", AMOUNT), CutCase.firstRequest("R1", AMOUNT).requestedOn()),
                Map.entry(new DisbursementApproved(CutCase.MUNICH, "R1", DAY, AMOUNT, "a"), DAY),
                Map.entry(new DisbursementRejected(CutCase.MUNICH, "R1", DAY, AMOUNT, "why"), DAY),
                Map.entry(new DisbursementPaid(CutCase.MUNICH, "R1", DAY, AMOUNT, "p"), DAY),
                Map.entry(new ProofOfUseSubmitted(CutCase.MUNICH, "P1", Phase.B, DAY, Set.of(), Set.of()), DAY),
                Map.entry(new ProofOfUseAccepted(CutCase.MUNICH, "P1", Phase.B, DAY), DAY),
                Map.entry(new ProofOfUseObjected(CutCase.MUNICH, "P1", Phase.B, DAY, "why"), DAY),
                Map.entry(new RepaymentClaimed(CutCase.MUNICH, "C1", DAY, "R1", AMOUNT, List.of(), Money.ZERO, "why"),
                        DAY));
        events.forEach((event, day) -> assertThat(event.happenedOn()).as(event.getClass().getSimpleName())
                .isEqualTo(day));
    }
}
