package de.consortium.api.messaging;

import de.consortium.api.security.CommandPermissions;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.application.SubmitApplication;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A command is answered after its events are stored and synced to disk, or from an earlier attempt's outcome. */
class CommandsTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final StoreSync storeSync = mock(StoreSync.class);
    private final MockHttpServletRequest request = new MockHttpServletRequest();
    private final Commands commands = new Commands(gateway, mock(CommandPermissions.class), request, storeSync);
    private final SubmitApplication command = new SubmitApplication(new PartnerId("SC20-X", "LHM"),
            LocalDate.of(2020, 5, 19));

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("lhm", null,
                "ROLE_PROJECT_LEAD"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAnswerWaitsUntilTheStoredEventsAreOnDisk() {
        when(gateway.sendAndWait(any(CommandMessage.class))).thenReturn(new CommandOutcome("SC20-X/LHM", 4L));

        CommandAccepted accepted = commands.accept(command, CommandSubject.partner("SC20-X", "LHM")).getBody();

        assertThat(accepted.version()).isEqualTo(4L);
        InOrder order = inOrder(gateway, storeSync);
        order.verify(gateway).sendAndWait(any(CommandMessage.class));
        order.verify(storeSync).awaitDurable();
    }

    @Test
    void aRetryOfAnAttemptThatStoredItsEventsIsAnsweredFromItsOutcomeWithoutSendingAgain() {
        request.setAttribute(CommandAttempt.ATTRIBUTE, new CommandAttempt("lhm", "key", 2,
                new CommandOutcome("SC20-X/LHM", 9L)));

        CommandAccepted accepted = commands.accept(command, CommandSubject.partner("SC20-X", "LHM")).getBody();

        assertThat(accepted.aggregateId()).isEqualTo("SC20-X/LHM");
        assertThat(accepted.version()).isEqualTo(9L);
        verify(gateway, never()).sendAndWait(any(CommandMessage.class));
    }
}
