package de.consortium.api.messaging;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import de.consortium.domain.rules.RuleViolation;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.domain.rules.VersionMismatch;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CommandTargetResolver;

/**
 * Around every command handler: answers with the aggregate and its version after the command, and turns the
 * domain's refusals into {@link CommandExecutionException}s carrying a {@link CommandRefusal}, so that REST answers
 * alike whether the handler ran on this node or on another.
 * <p>
 * Handlers of existing aggregates answer with the version themselves; a creation handler answers with the new
 * aggregate's identifier, and the aggregate then stands at version 0, its creation event.
 */
@Component
@Order(0)
public class CommandOutcomeInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targets;

    public CommandOutcomeInterceptor(CommandTargetResolver targets) {
        this.targets = targets;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object result;
        try {
            result = chain.proceed();
        } catch (VersionMismatch e) {
            throw refusal(CommandRefusal.Kind.STALE_VERSION, null, e.getMessage());
        } catch (RuleViolation e) {
            throw refusal(CommandRefusal.Kind.RULE_VIOLATED, e.rule(), e.getMessage());
        } catch (UnknownReference e) {
            throw refusal(CommandRefusal.Kind.NOT_FOUND, null, e.getMessage());
        } catch (AggregateNotFoundException e) {
            String aggregateId = String.valueOf(e.getAggregateIdentifier());
            throw refusal(CommandRefusal.Kind.NOT_FOUND, null, notRegistered(aggregateId));
        } catch (IllegalArgumentException e) {
            throw refusal(CommandRefusal.Kind.INVALID, null, e.getMessage());
        }
        String aggregateId = String.valueOf(targets.resolveTarget(unitOfWork.getMessage()).getIdentifier());
        return new CommandOutcome(aggregateId, result instanceof Long version ? version : 0L);
    }

    /** Partners are stored as "project/partner"; say which of the two is unknown in the client's words. */
    private static String notRegistered(String aggregateId) {
        int slash = aggregateId.indexOf('/');
        return slash < 0 ? "No project '" + aggregateId + "' is registered."
                : "No partner '" + aggregateId.substring(slash + 1) + "' has joined project '"
                + aggregateId.substring(0, slash) + "' (or the project is not registered).";
    }

    private static CommandExecutionException refusal(CommandRefusal.Kind kind, String rule, String message) {
        return new CommandExecutionException(message, null, new CommandRefusal(kind, rule, message));
    }
}
