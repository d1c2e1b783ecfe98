package de.consortium.domain.partner;

import de.consortium.domain.project.PartnerId;
import de.consortium.domain.rules.DatedCommand;
import de.consortium.domain.rules.WorldDate;
import de.consortium.domain.rules.Shown;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/** The consortium lead adds a partner city (a municipality with its official municipal key) to the project. */
public record JoinConsortium(
        @TargetAggregateIdentifier PartnerId partnerId,
        String name,
        String municipalKey,
        LocalDate joinedOn) implements DatedCommand {

    private static final Pattern MUNICIPAL_KEY = Pattern.compile("\\d{8}");

    public JoinConsortium {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(joinedOn, "joinedOn");
        if (municipalKey == null || !MUNICIPAL_KEY.matcher(municipalKey).matches()) {
            throw new IllegalArgumentException("a municipal key (Gemeindekennziffer) has 8 digits, not "
                    + Shown.quoted(municipalKey));
        }
    }

    @Override
    public WorldDate worldDate() {
        return new WorldDate("The joining date", joinedOn);
    }
}
