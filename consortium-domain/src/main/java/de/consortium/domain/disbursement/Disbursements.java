package de.consortium.domain.disbursement;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.money.Money;
import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A partner's disbursement requests by request id. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Disbursements {

    private final Map<String, Disbursement> byRequestId = new LinkedHashMap<>();

    public void checkNew(String requestId) {
        if (byRequestId.containsKey(requestId)) {
            throw new RuleViolation(Rule.REQUEST_ID_UNIQUE, "A disbursement request " + requestId + " exists already.");
        }
    }

    public Disbursement get(String requestId) {
        Disbursement disbursement = byRequestId.get(requestId);
        if (disbursement == null) {
            throw new UnknownReference("No disbursement request " + requestId + " exists for this partner.");
        }
        return disbursement;
    }

    /** Requests that are not rejected: they count against the grant and the programme's rhythm. */
    public List<Disbursement> standing() {
        return byRequestId.values().stream().filter(Disbursement::drawsOnGrant).toList();
    }

    public List<Disbursement> standing(Phase phase) {
        return standing().stream().filter(d -> d.phase() == phase).toList();
    }

    /** What is requested, approved or paid counts against the grant. */
    public Money drawn() {
        return standing().stream().map(Disbursement::grantAmount).reduce(Money.ZERO, Money::plus);
    }

    /** The day the final installment of the phase was paid out, if it was. */
    public Optional<LocalDate> finalInstallmentPaid(Phase phase) {
        return standing(phase).stream()
                .filter(d -> d.finalInstallment() && d.status() == DisbursementStatus.PAID)
                .map(Disbursement::lastStepOn).findFirst();
    }

    public void requested(DisbursementRequested event) {
        byRequestId.put(event.requestId(), Disbursement.requested(event));
    }

    public void approved(String requestId, String approvedBy, LocalDate on) {
        byRequestId.computeIfPresent(requestId, (id, disbursement) -> disbursement.approvedBy(approvedBy, on));
    }

    public void moved(String requestId, DisbursementStatus status, LocalDate on) {
        byRequestId.computeIfPresent(requestId, (id, disbursement) -> disbursement.movedTo(status, on));
    }

    public void reclaimed(String requestId, Money amount) {
        byRequestId.computeIfPresent(requestId, (id, disbursement) -> disbursement.reclaiming(amount));
    }
}
