package de.consortium.domain.disbursement;

import de.consortium.domain.costplan.Phase;
import de.consortium.domain.money.Money;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.HappenedOn;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A disbursement was requested: the grant share of the incurred costs, at the partner's funding rate. */
@Revision("1")
public record DisbursementRequested(
        PartnerId partnerId,
        String requestId,
        LocalDate requestedOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate payoutDate,
        Phase phase,
        boolean finalInstallment,
        List<IncurredCost> costs,
        Money eligibleCosts,
        Money grantAmount) implements HappenedOn {

    public DisbursementRequested {
        phase = phase == null ? Phase.B : phase;
    }

    @Override
    public LocalDate happenedOn() {
        return requestedOn;
    }
}
