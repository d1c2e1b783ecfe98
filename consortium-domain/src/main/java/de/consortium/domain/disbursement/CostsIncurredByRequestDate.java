package de.consortium.domain.disbursement;

import de.consortium.domain.rules.Rule;
import de.consortium.domain.rules.RuleViolation;

/**
 * Rule R5.2 (docs/domain.md): only costs actually incurred up to the request date are financed, so the period the
 * request covers has ended by then, and each cost lies in a year of that period.
 */
public final class CostsIncurredByRequestDate {

    private CostsIncurredByRequestDate() {
    }

    public static void check(RequestDisbursement request) {
        if (request.periodEnd().isAfter(request.requestedOn())) {
            throw new RuleViolation(Rule.COSTS_INCURRED_BY_REQUEST_DATE, "The request of " + request.requestedOn()
                    + " covers costs up to " + request.periodEnd() + "; only costs incurred by the request date"
                    + " are financed.");
        }
        for (IncurredCost cost : request.costs()) {
            if (cost.year() < request.periodStart().getYear() || cost.year() > request.periodEnd().getYear()) {
                throw new RuleViolation(Rule.COSTS_INCURRED_BY_REQUEST_DATE, "Costs of " + cost.year() + " on line "
                        + cost.costLine() + " lie outside the period " + request.periodStart() + " to "
                        + request.periodEnd() + ".");
            }
        }
    }
}
