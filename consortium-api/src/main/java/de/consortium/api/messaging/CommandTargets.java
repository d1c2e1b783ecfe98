package de.consortium.api.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A command's target aggregate, found as Axon's {@link AnnotationCommandTargetResolver} finds it (the first method,
 * else field, marked {@link TargetAggregateIdentifier}, and {@link TargetAggregateVersion}), with the marked members
 * looked up once per kind of command. Axon's lists every method of the command's class, as copies, and reads their
 * annotations for every command it routes. A command with no marked member is left to Axon's, for its refusal.
 */
final class CommandTargets implements CommandTargetResolver {

    /** A marked member of a kind of command, read from one command. */
    private interface Member {
        Object read(Object command) throws InvocationTargetException, IllegalAccessException;
    }

    private record Members(Member identifier, Member version) {
    }

    private static final Member ABSENT = command -> null;

    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();
    private final ClassValue<Members> members = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> kind) {
            return new Members(marked(kind, TargetAggregateIdentifier.class),
                    marked(kind, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Members marked = members.get(command.getPayloadType());
        Object payload = command.getPayload();
        Object identifier;
        Object version;
        try {
            identifier = marked.identifier().read(payload);
            version = marked.version().read(payload);
        } catch (InvocationTargetException | IllegalAccessException e) {
            return axons.resolveTarget(command);
        }
        if (identifier == null || version != null && !(version instanceof Number)) {
            return axons.resolveTarget(command);
        }
        return new VersionedAggregateIdentifier(identifier, version == null ? null : ((Number) version).longValue());
    }

    private static Member marked(Class<?> kind, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(kind)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                ReflectionUtils.ensureAccessible(method);
                return method::invoke;
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(kind)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                ReflectionUtils.ensureAccessible(field);
                return field::get;
            }
        }
        return ABSENT;
    }
}
