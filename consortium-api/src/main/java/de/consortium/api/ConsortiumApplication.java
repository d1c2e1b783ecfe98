package de.consortium.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The consortium backend: REST commands and queries over an event-sourced model of the funding procedure. */
@SpringBootApplication(scanBasePackages = "de.consortium")
@ConfigurationPropertiesScan
public class ConsortiumApplication {

    private static final String CONSOLE_MESSAGE = "disable-axoniq-console-message";

    public static void main(String[] args) {
        // Axon prints an advertisement for its hosted console unless told not to; there is nothing to connect to.
        if (System.getProperty(CONSOLE_MESSAGE) == null) {
            System.setProperty(CONSOLE_MESSAGE, "true");
        }
        SpringApplication.run(ConsortiumApplication.class, args);
    }
}
