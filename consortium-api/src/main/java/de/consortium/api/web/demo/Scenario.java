package de.consortium.api.web.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A consortium's history as a list of commands in the order they happened, with their dates of the world.
 *
 * @param projectId the project the scenario registers; a scenario whose project exists is not loaded again
 */
record Scenario(String name, String projectId, String description, List<Step> steps) {

    /**
     * One command as a client sends it: its name as in the API (e.g. {@code pass-council-resolution}), the partner
     * and the id in its path where it has them, and its request body; {@code as} is the user it is recorded for
     * (the scenario's name when left out). {@code note} says where a step comes from.
     */
    record Step(String command, String partner, String id, String as, String note, JsonNode body) {
    }
}
