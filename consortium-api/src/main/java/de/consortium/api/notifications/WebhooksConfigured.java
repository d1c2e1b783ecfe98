package de.consortium.api.notifications;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Map;

/**
 * Whether any webhook is configured ({@code consortium.webhooks.hooks}): without one, no processor records
 * deliveries, which would otherwise read and store its position for every event (a tenth of a command's CPU,
 * measured).
 */
class WebhooksConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("consortium.webhooks.hooks", Bindable.listOf(Map.class))
                .map(hooks -> !hooks.isEmpty()).orElse(false);
    }
}
