package de.consortium.api.web.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** @param scenarios names of the scenarios under {@code classpath:scenarios/} to load at start, e.g. cut */
@ConfigurationProperties(prefix = "consortium.demo")
record DemoProperties(List<String> scenarios) {

    DemoProperties {
        scenarios = scenarios == null ? List.of() : scenarios;
    }
}
