package de.consortium.api.oparl;

import de.consortium.api.messaging.CommandRefusal;
import de.consortium.api.messaging.ConsortiumProperties;
import de.consortium.domain.rules.ActingPrincipal;
import de.consortium.domain.rules.Rule;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One import of a partner's council system: read everything first, then record each decision through the same
 * command handling and rules as {@code pass-council-resolution} over REST. A decision recorded before is refused by
 * {@code resolution-recorded-once} and counted as such, so a second import adds nothing. A paper whose decision the
 * rules refused is read again by the next import (and reported again), as one not decided yet is: what was refused
 * is not forgotten because the paper did not change.
 */
@Component
@EnableConfigurationProperties(OParlProperties.class)
public class OParlImport {

    private static final Logger log = LoggerFactory.getLogger(OParlImport.class);

    private final OParlProperties properties;
    private final OParlImports imports;
    private final CommandGateway commands;
    private final ConsortiumProperties consortium;
    private final Clock clock;

    OParlImport(OParlProperties properties, OParlImports imports, CommandGateway commands,
                ConsortiumProperties consortium, Clock clock) {
        this.properties = properties;
        this.imports = imports;
        this.commands = commands;
        this.consortium = consortium;
        this.clock = clock;
    }

    public Optional<OParlProperties.Source> source(String project, String partner) {
        return properties.source(project, partner);
    }

    public List<OParlProperties.Source> sources() {
        return properties.sources();
    }

    public List<ImportReport> reports() {
        return imports.reports();
    }

    public ImportReport run(OParlProperties.Source source, String startedBy) {
        Instant started = clock.instant();
        OParlImports.State state = imports.state(source);
        CouncilDecisions.Read read;
        try {
            read = new CouncilDecisions(new OParlClient(properties.timeout()), properties, source,
                    consortium.timeZone()).read(state.modifiedSince(), state.pending());
        } catch (OParlUnreadable e) {
            log.warn("OParl import of {}/{} read nothing: {}", source.project(), source.partner(), e.getMessage());
            ImportReport failed = new ImportReport(source.project(), source.partner(), startedBy, started,
                    clock.instant(), ImportReport.Status.FAILED, e.getMessage(), 0, 0, List.of());
            imports.failed(source, failed);
            return failed;
        }
        List<ImportReport.Decision> decisions = new ArrayList<>();
        Set<String> pending = new LinkedHashSet<>(read.pending());
        for (CouncilDecisions.Found found : read.decisions()) {
            ImportReport.Decision decision = found.command() == null ? new ImportReport.Decision(found.paper(),
                    found.reference(), found.agendaItem(), ImportReport.Outcome.SKIPPED, found.skipped())
                    : record(found, startedBy);
            if (decision.outcome() == ImportReport.Outcome.REFUSED) {
                pending.add(found.paper());
            }
            decisions.add(decision);
        }
        ImportReport report = new ImportReport(source.project(), source.partner(), startedBy, started,
                clock.instant(), ImportReport.Status.COMPLETED, null, read.papersRead(), read.notFollowed(),
                decisions);
        imports.completed(source, new OParlImports.State(read.newest(), pending), report);
        return report;
    }

    private ImportReport.Decision record(CouncilDecisions.Found found, String startedBy) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(found.command())
                    .andMetaData(MetaData.with(ActingPrincipal.PRINCIPAL, startedBy)));
            return decision(found, ImportReport.Outcome.IMPORTED, "recorded as " + found.command().outcome());
        } catch (CommandExecutionException e) {
            CommandRefusal refusal = e.<CommandRefusal>getDetails().orElseThrow(() -> e);
            boolean recordedBefore = Rule.RESOLUTION_RECORDED_ONCE.id().equals(refusal.rule());
            return decision(found, recordedBefore ? ImportReport.Outcome.ALREADY_RECORDED
                    : ImportReport.Outcome.REFUSED, refusal.message());
        }
    }

    private static ImportReport.Decision decision(CouncilDecisions.Found found, ImportReport.Outcome outcome,
                                                  String detail) {
        return new ImportReport.Decision(found.paper(), found.reference(), found.agendaItem(), outcome, detail);
    }
}
