package de.consortium.api.web.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.consortium.domain.rules.ActingPrincipal;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads the scenarios named in {@code consortium.demo.scenarios} at start, each command through the command bus like
 * any client's, so that the read models are full right away. A scenario is configuration the operator chose, so its
 * commands are not checked against users' permissions; each is recorded for the user its step names. A scenario whose
 * project is already in the event store is left alone, so restarts do not load it twice. A step the rules refuse stops
 * the start: a demo that does not load is a bug.
 */
@Component
class ScenarioLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScenarioLoader.class);

    private final DemoProperties properties;
    private final ScenarioCommands commands;
    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final ObjectMapper mapper;

    ScenarioLoader(DemoProperties properties, ScenarioCommands commands, CommandGateway gateway,
                   EventStore eventStore, ObjectMapper mapper) {
        this.properties = properties;
        this.commands = commands;
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        properties.scenarios().forEach(this::load);
    }

    void load(String name) {
        Scenario scenario = read(name);
        if (eventStore.lastSequenceNumberFor(scenario.projectId()).isPresent()) {
            log.info("Scenario {}: project {} is already registered; not loaded again", name, scenario.projectId());
            return;
        }
        int number = 0;
        for (Scenario.Step step : scenario.steps()) {
            number++;
            try {
                String actor = step.as() != null ? step.as() : "scenario:" + name;
                Object command = commands.toCommand(scenario.projectId(), step);
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(MetaData.with(ActingPrincipal.PRINCIPAL, actor)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Scenario " + name + ", step " + number + " (" + step.command()
                        + (step.partner() == null ? "" : " " + step.partner()) + ") was refused: " + e.getMessage(), e);
            }
        }
        log.info("Scenario {}: loaded {} commands for project {}", name, number, scenario.projectId());
    }

    private Scenario read(String name) {
        ClassPathResource resource = new ClassPathResource("scenarios/" + name + ".json");
        try (InputStream in = resource.getInputStream()) {
            return mapper.readValue(in, Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException("No readable scenario '" + name + "' under classpath:scenarios/", e);
        }
    }
}
