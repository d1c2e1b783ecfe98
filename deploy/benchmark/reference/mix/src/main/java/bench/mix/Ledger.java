package bench.mix;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A partner's state as both reference applications keep it: resolutions passed, the one disbursement request open
 * (its state and amount) and what was paid. {@code check...} applies the rules (the same the backend checks for
 * these commands, in short), {@code after...} the change; the CRUD service does both in one request, the Axon
 * application checks in its command handler and changes in its event-sourcing handler.
 */
public record Ledger(long version, int resolutions, String openRequest, String openState, long openCents,
                     long paidCents) {

    public static final Ledger OPENED = new Ledger(0, 0, null, null, 0, 0);
    private static final Set<String> OUTCOMES = Set.of("ADOPTED", "ADOPTED_AS_AMENDED", "REJECTED", "DEFERRED",
            "NOTED");

    public static void checkResolution(Resolution resolution, LocalDate today) {
        require(resolution.paperReference() != null && !resolution.paperReference().isBlank(), "paper reference");
        require(resolution.title() != null && !resolution.title().isBlank(), "title");
        require(resolution.sessionDate() != null && !resolution.sessionDate().isAfter(today), "session date");
        require(resolution.subjects() != null && !resolution.subjects().isEmpty(), "subjects");
        require(OUTCOMES.contains(resolution.outcome()), "outcome");
    }

    public Ledger afterResolution() {
        return new Ledger(version + 1, resolutions + 1, openRequest, openState, openCents, paidCents);
    }

    public void checkRequest(DisbursementRequest request, LocalDate today) {
        require(openRequest == null, "one request at a time");
        require(request.requestId() != null && !request.requestId().isBlank(), "request id");
        require(request.requestedOn() != null && !request.requestedOn().isAfter(today), "requested on");
        require(request.periodStart() != null && request.periodEnd() != null
                && request.periodStart().isBefore(request.periodEnd()), "period");
        require(request.requestedOn().isAfter(request.periodEnd()), "requested after the period");
        require(request.costs() != null && !request.costs().isEmpty(), "costs");
        request.costs().forEach(cost -> require(cost.amount() != null && cost.amount().signum() > 0
                && cost.amount().scale() <= 2 && cost.amount().compareTo(BigDecimal.valueOf(10_000_000)) < 0,
                "amount"));
    }

    public Ledger afterRequest(DisbursementRequest request) {
        return new Ledger(version + 1, resolutions, request.requestId(), "REQUESTED", request.cents(), paidCents);
    }

    public void checkApproval(String requestId, Approval approval, LocalDate today) {
        require(requestId.equals(openRequest) && "REQUESTED".equals(openState), "a request awaiting approval");
        require(approval.approvedOn() != null && !approval.approvedOn().isAfter(today), "approved on");
    }

    public Ledger afterApproval() {
        return new Ledger(version + 1, resolutions, openRequest, "APPROVED", openCents, paidCents);
    }

    public void checkPayment(String requestId, Payment payment, LocalDate today) {
        require(requestId.equals(openRequest) && "APPROVED".equals(openState), "an approved request");
        require(payment.paidOn() != null && !payment.paidOn().isAfter(today), "paid on");
    }

    public Ledger afterPayment() {
        return new Ledger(version + 1, resolutions, null, null, 0, paidCents + openCents);
    }

    private static void require(boolean holds, String what) {
        if (!holds) {
            throw new Refused("Refused: " + what);
        }
    }
}
