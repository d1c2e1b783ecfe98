package de.consortium.domain.disbursement;

import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.rules.Shown;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.project.PartnerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A partner requests the grant share of costs incurred in a past period of one phase (Mittelabruf), to be paid
 * out on {@code payoutDate}; the {@code finalInstallment} (Schlussrate) closes the phase.
 */
public record RequestDisbursement(
        @TargetAggregateIdentifier PartnerId partnerId,
        String requestId,
        LocalDate requestedOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate payoutDate,
        Phase phase,
        boolean finalInstallment,
        List<IncurredCost> costs) implements DatedCommand {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public RequestDisbursement {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(payoutDate, "payoutDate");
        phase = phase == null ? Phase.B : phase;
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new IllegalArgumentException("a request id has 1 to 64 letters, digits, dots, dashes or"
                    + " underscores, not " + Shown.quoted(requestId));
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("the period ends (" + periodEnd + ") before it starts ("
                    + periodStart + ")");
        }
        costs = List.copyOf(costs);
        if (costs.isEmpty()) {
            throw new IllegalArgumentException("a disbursement request names the costs incurred");
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The request date", requestedOn);
    }
}
