package de.consortium.api.idempotency;

import de.consortium.api.messaging.CommandAttempt;
import de.consortium.api.messaging.CommandOutcome;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Around every command sent under an Idempotency-Key, outermost, so that it sees the command's outcome: before the
 * events commit, the request records that this attempt stores them (see {@link IdempotentRequests#recordAppended}).
 * So a request is never stored twice, however its attempts overlap: an attempt that was taken over finds out there
 * and stores nothing, and a retry that took over finds the record, which the event store confirms.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdempotentAttemptGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final IdempotentRequests requests;

    IdempotentAttemptGuard(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object result = chain.proceed();
        CommandAttempt.of(unitOfWork.getMessage().getMetaData()).ifPresent(attempt -> {
            if (result instanceof CommandOutcome outcome) {
                unitOfWork.onPrepareCommit(stored -> requests.recordAppended(attempt, outcome));
            }
        });
        return result;
    }
}
