package de.consortium.api.observability;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationLoggingTest {

    @Test
    void theLoggingContextNamesTheMessagesCorrelationWhileItIsHandledAndOnlyThen() throws Exception {
        CommandMessage<String> command = GenericCommandMessage.<String>asCommandMessage("work").andMetaData(
                MetaData.with("correlationId", "c-1").and("traceId", "t-1").and("principal", "lhm"));
        Map<String, String> seen = new HashMap<>();
        DefaultUnitOfWork<CommandMessage<String>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
        try {
            new DefaultInterceptorChain<>(unitOfWork, List.of(new CorrelationLogging<>()), message -> {
                seen.putAll(MDC.getCopyOfContextMap());
                return null;
            }).proceed();
        } finally {
            unitOfWork.commit();
        }
        assertThat(seen).containsEntry("correlationId", "c-1").containsEntry("traceId", "t-1")
                .containsEntry("principal", "lhm");
        assertThat(MDC.get("correlationId")).isNull();
    }
}
