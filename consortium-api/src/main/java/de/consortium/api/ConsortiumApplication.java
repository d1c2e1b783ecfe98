package de.consortium.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The consortium backend: REST commands and queries over an event-sourced model of the funding procedure. */
@SpringBootApplication(scanBasePackages = "de.consortium")
@ConfigurationPropertiesScan
public class ConsortiumApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsortiumApplication.class, args);
    }
}
