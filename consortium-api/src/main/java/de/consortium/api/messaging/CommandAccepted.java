package de.consortium.api.messaging;

import org.springframework.lang.Nullable;

/**
 * The answer to an accepted command: the ids it concerns and the changed aggregate's new version (send it back as
 * {@code If-Match} to act on exactly this state).
 *
 * @param requestId the disbursement request the command concerns, if any
 * @param proofId   the proof of use the command concerns, if any
 * @param claimId   the repayment claim the command concerns, if any
 */
public record CommandAccepted(String projectId, @Nullable String partner, @Nullable String requestId,
                              @Nullable String proofId, @Nullable String claimId,
                              String aggregateId, Long version) {

    static CommandAccepted of(CommandSubject subject, CommandOutcome outcome) {
        return new CommandAccepted(subject.projectId(), subject.partner(), subject.requestId(), subject.proofId(),
                subject.claimId(), outcome.aggregateId(), outcome.version());
    }
}
