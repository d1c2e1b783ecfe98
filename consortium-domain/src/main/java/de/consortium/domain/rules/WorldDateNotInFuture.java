package de.consortium.domain.rules;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Rule R10.1 (docs/domain.md): a command carries the day its fact happened in the world, and that day may not lie
 * after the day the system records it: history may be entered late, never in advance. Checked once for every
 * command, before its handler runs, so that no handler repeats it.
 */
public final class WorldDateNotInFuture implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Clock clock;

    public WorldDateNotInFuture(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof DatedCommand dated) {
            check(dated.worldDate());
        }
        return chain.proceed();
    }

    private void check(WorldDate worldDate) {
        LocalDate today = LocalDate.now(clock);
        if (worldDate.date().isAfter(today)) {
            throw new RuleViolation(Rule.WORLD_DATE_NOT_IN_FUTURE, worldDate.name() + " (" + worldDate.date() + ") lies in the future; today is "
                    + today + ".");
        }
    }
}
