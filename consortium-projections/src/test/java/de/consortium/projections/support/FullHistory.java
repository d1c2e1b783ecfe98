package de.consortium.projections.support;

import de.consortium.domain.CutCase;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.disbursement.DisbursementApproved;
import de.consortium.domain.disbursement.DisbursementPaid;
import de.consortium.domain.disbursement.DisbursementRejected;
import de.consortium.domain.grant.GrantRefused;
import de.consortium.domain.money.Money;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofOfUseAccepted;
import de.consortium.domain.proofofuse.ProofOfUseObjected;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.repayment.RepaymentClaimed;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

import static de.consortium.domain.CutCase.HAMBURG;
import static de.consortium.domain.CutCase.MUNICH;

/** A history with every kind of event the projections handle, as the event store delivers it. */
public final class FullHistory {

    private FullHistory() {
    }

    /**
     * The CUT project with Hamburg refused and Munich funded, one request rejected and two paid, a proof of use
     * objected to and then accepted, and a repayment claim: every kind of event the projections handle.
     */
    public static List<DomainEventMessage<?>> events() {
        Money share = Money.ofEuros("260000.00");
        List<Map.Entry<String, Object>> facts = List.of(
                Map.entry(CutCase.PROJECT, CutCase.registered()),
                Map.entry(HAMBURG.toString(), CutCase.joined(HAMBURG, "Freie und Hansestadt Hamburg", true)),
                Map.entry(MUNICH.toString(), CutCase.joined(MUNICH, "Landeshauptstadt München", false)),
                Map.entry(MUNICH.toString(), CutCase.munichDraftPlan()),
                Map.entry(MUNICH.toString(), CutCase.munichTwoYearPlan()),
                Map.entry(MUNICH.toString(), CutCase.munichStrategy()),
                Map.entry(MUNICH.toString(), CutCase.munichMandate()),
                Map.entry(MUNICH.toString(), CutCase.munichApplied()),
                Map.entry(HAMBURG.toString(), new GrantRefused(HAMBURG, LocalDate.of(2020, 12, 15), "KfW")),
                Map.entry(MUNICH.toString(), CutCase.munichGranted()),
                Map.entry(MUNICH.toString(), CutCase.munichRequested("R1", "400000.00", "0.00")),
                Map.entry(MUNICH.toString(), new DisbursementRejected(MUNICH, "R1", LocalDate.of(2021, 7, 10), share,
                        "incomplete")),
                Map.entry(MUNICH.toString(), CutCase.munichRequested("R2", "400000.00", "0.00")),
                Map.entry(MUNICH.toString(), new DisbursementApproved(MUNICH, "R2", LocalDate.of(2021, 7, 20), share,
                        "kfw-approver")),
                Map.entry(MUNICH.toString(), new DisbursementPaid(MUNICH, "R2", LocalDate.of(2021, 7, 31), share,
                        "kfw-payer")),
                Map.entry(MUNICH.toString(), new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, LocalDate.of(2026, 6, 1),
                        ProofDocument.requiredFor(Phase.B), Set.of())),
                Map.entry(MUNICH.toString(), new ProofOfUseObjected(MUNICH, "P1", Phase.B, LocalDate.of(2026, 6, 20),
                        "invoices missing")),
                Map.entry(MUNICH.toString(), new ProofOfUseSubmitted(MUNICH, "P2", Phase.B, LocalDate.of(2026, 7, 1),
                        ProofDocument.requiredFor(Phase.B), Set.of())),
                Map.entry(MUNICH.toString(), new ProofOfUseAccepted(MUNICH, "P2", Phase.B, LocalDate.of(2026, 7, 15))),
                Map.entry(MUNICH.toString(), new RepaymentClaimed(MUNICH, "C1", LocalDate.of(2026, 8, 1), "R2",
                        Money.ofEuros("10000.00"), List.of(), Money.ZERO, "a line not eligible")));
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Map<String, Long> sequences = new HashMap<>();
        Instant recorded = Instant.parse("2026-11-01T10:00:00Z");
        for (Map.Entry<String, Object> fact : facts) {
            long sequence = sequences.merge(fact.getKey(), 1L, Long::sum) - 1;
            events.add(new GenericDomainEventMessage<>("Partner", fact.getKey(), sequence, fact.getValue(),
                    MetaData.emptyInstance(), UUID.randomUUID().toString(), recorded.plusSeconds(events.size())));
        }
        return events;
    }
}
