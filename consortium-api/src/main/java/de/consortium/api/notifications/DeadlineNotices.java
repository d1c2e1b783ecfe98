package de.consortium.api.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.consortium.api.messaging.Queries;
import de.consortium.projections.status.Deadline;
import de.consortium.projections.status.ProjectStatus;
import de.consortium.projections.status.ProjectSummary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Tells the hooks that hear of deadlines when one is coming up (within {@code notice-before}) and when it is
 * overdue: once per deadline and state, however often and on however many instances the deadlines are looked at.
 */
@Component
class DeadlineNotices {

    static final String COMING_UP = "DeadlineComingUp";
    static final String OVERDUE = "DeadlineOverdue";

    private final WebhookProperties properties;
    private final WebhookDeliveries deliveries;
    private final Queries queries;
    private final ObjectMapper json;
    private final Clock clock;

    DeadlineNotices(WebhookProperties properties, WebhookDeliveries deliveries, Queries queries, ObjectMapper json,
                    Clock clock) {
        this.properties = properties;
        this.deliveries = deliveries;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${consortium.webhooks.deadline-check:1h}")
    void lookAtTheDeadlines() {
        List<WebhookProperties.Hook> hooks = properties.hooks().stream().filter(WebhookProperties.Hook::deadlines)
                .toList();
        if (hooks.isEmpty()) {
            return;
        }
        LocalDate noticeFrom = LocalDate.now(clock).plusDays(properties.noticeBefore().toDays());
        for (ProjectSummary project : queries.projects()) {
            queries.projectStatus(project.projectId()).ifPresent(status -> status.deadlines().stream()
                    .filter(deadline -> deadline.overdue() || !deadline.date().isAfter(noticeFrom))
                    .forEach(deadline -> hooks.stream().filter(hook -> hook.caresFor(status.projectId()))
                            .forEach(hook -> notice(hook, status, deadline))));
        }
    }

    private void notice(WebhookProperties.Hook hook, ProjectStatus status, Deadline deadline) {
        String state = deadline.overdue() ? OVERDUE : COMING_UP;
        String what = deadline.identity(status.projectId()) + "-" + deadline.date();
        String id = hook.name() + "-" + state + "-" + what;
        ObjectNode body = json.createObjectNode().put("delivery", id).put("hook", hook.name());
        body.putObject("deadline").put("state", state).put("kind", deadline.kind().name())
                .put("date", deadline.date().toString()).put("projectId", status.projectId())
                .put("partnerCode", deadline.partnerCode()).put("requestId", deadline.requestId())
                .put("phase", deadline.phase() == null ? null : deadline.phase().name())
                .put("description", deadline.description());
        deliveries.record(id, hook.name(), what, state, status.projectId(), body.toString(),
                OffsetDateTime.now(clock));
    }
}
