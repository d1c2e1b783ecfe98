package de.consortium.api.observability;

import de.consortium.domain.rules.ActingPrincipal;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

import java.util.List;

/**
 * Puts the correlation and trace ids and the acting user of the message being handled into the logging context,
 * so that every log line of a command or event handler names them (structured logs carry the context as fields).
 */
class CorrelationLogging<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    static final List<String> KEYS = List.of(MessageOriginProvider.getDefaultCorrelationKey(),
            MessageOriginProvider.getDefaultTraceKey(), ActingPrincipal.PRINCIPAL);

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        var metaData = unitOfWork.getMessage().getMetaData();
        KEYS.forEach(key -> {
            Object value = metaData.get(key);
            if (value != null) {
                MDC.put(key, value.toString());
            }
        });
        try {
            return chain.proceed();
        } finally {
            KEYS.forEach(MDC::remove);
        }
    }
}
