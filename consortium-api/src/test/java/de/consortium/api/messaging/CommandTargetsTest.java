package de.consortium.api.messaging;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Commands find their target as with Axon's resolver, from records, fields and inherited methods alike. */
class CommandTargetsTest {

    record Pay(@TargetAggregateIdentifier String partner, String request) {
    }

    record Approve(@TargetAggregateIdentifier String partner, @TargetAggregateVersion Long version) {
    }

    record Untargeted(String partner) {
    }

    static class Revise {
        @TargetAggregateIdentifier
        private final String partner = "BENCH/HH";
        @TargetAggregateVersion
        private final Integer expected = 7;
    }

    abstract static class ForPartner {
        @TargetAggregateIdentifier
        String target() {
            return "BENCH/LHM";
        }
    }

    static class Withdraw extends ForPartner {
        @TargetAggregateVersion
        String version() {
            return "12";
        }
    }

    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();
    private final CommandTargets targets = new CommandTargets();

    @Test
    void findsTheTargetAndVersionAxonsResolverFinds() {
        for (Object command : List.of(new Pay("BENCH/B01", "H1"), new Approve("BENCH/B02", 4L),
                new Approve("BENCH/B03", null), new Revise(), new Withdraw())) {
            VersionedAggregateIdentifier ours = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier expected = axons.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(ours).as(command.getClass().getSimpleName()).isEqualTo(expected);
        }
        assertThat(targets.resolveTarget(GenericCommandMessage.asCommandMessage(new Approve("BENCH/B02", 4L))))
                .isEqualTo(new VersionedAggregateIdentifier("BENCH/B02", 4L));
        assertThat(targets.resolveTarget(GenericCommandMessage.asCommandMessage(new Withdraw())))
                .isEqualTo(new VersionedAggregateIdentifier("BENCH/LHM", 12L));
    }

    @Test
    void aCommandWithoutTargetIsRefusedAsByAxon() {
        assertThatThrownBy(() -> targets.resolveTarget(GenericCommandMessage.asCommandMessage(new Untargeted("HH"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not identify the target");
    }
}
