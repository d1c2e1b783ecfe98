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
 * Around every command sent under an Idempotency-Key, outermost, so that it sees the command's outcome: the events
 * are stored only together with the record that this attempt stored them, in one transaction. So a request is never
 * stored twice, however its attempts overlap: a retry that took over finds the first attempt's events recorded, or
 * the first attempt finds itself taken over and stores nothing.
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
