package de.consortium.domain.disbursement;

import de.consortium.domain.money.Money;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A partner's disbursement requests by request id. */
public final class Disbursements {

    private final Map<String, Disbursement> byRequestId = new LinkedHashMap<>();

    public void checkNew(String requestId) {
        if (byRequestId.containsKey(requestId)) {
            throw new RuleViolation("request-id-unique", "A disbursement request " + requestId + " exists already.");
        }
    }

    public Disbursement get(String requestId) {
        Disbursement disbursement = byRequestId.get(requestId);
        if (disbursement == null) {
            throw new UnknownReference("No disbursement request " + requestId + " exists for this partner.");
        }
        return disbursement;
    }

    /** What is requested, approved or paid: it counts against the grant. */
    public Money drawn() {
        return byRequestId.values().stream().filter(Disbursement::drawsOnGrant)
                .map(Disbursement::grantAmount).reduce(Money.ZERO, Money::plus);
    }

    public void requested(String requestId, Money grantAmount, LocalDate requestedOn) {
        byRequestId.put(requestId, new Disbursement(requestId, grantAmount, DisbursementStatus.REQUESTED, requestedOn));
    }

    public void moved(String requestId, DisbursementStatus status, LocalDate on) {
        byRequestId.computeIfPresent(requestId, (id, disbursement) -> disbursement.movedTo(status, on));
    }
}
