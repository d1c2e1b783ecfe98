package de.consortium.api.oparl;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The OParl 1.1 check the view is held to finds what is wrong, so that its passing means something. */
class OParlSchemaTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anObjectAsTheSpecificationDescribesItPasses() throws Exception {
        assertThat(OParlSchema.violations(json.readTree("""
                {"id": "https://example.org/oparl/item/1", "type": "https://schema.oparl.org/1.1/AgendaItem",
                 "order": 1, "public": true, "result": "beschlossen", "consortium:votes": {"against": 0}}"""))).isEmpty();
    }

    @Test
    void missingRequiredPropertiesWrongTypesAndUnnamedExtensionsAreFound() throws Exception {
        assertThat(OParlSchema.violations(json.readTree("""
                {"id": "https://example.org/oparl/item/1", "type": "https://schema.oparl.org/1.1/AgendaItem",
                 "public": "yes", "meeting": "not a url", "start": "13.05.2020", "votes": 3}""")))
                .containsExactlyInAnyOrder(
                        "https://example.org/oparl/item/1 (AgendaItem): lacks order",
                        "https://example.org/oparl/item/1 (AgendaItem): public is not a boolean",
                        "https://example.org/oparl/item/1 (AgendaItem): meeting is not a url",
                        "https://example.org/oparl/item/1 (AgendaItem): start is not a date-time",
                        "https://example.org/oparl/item/1 (AgendaItem): votes is neither OParl nor a named extension");
        assertThat(OParlSchema.violations(json.readTree("""
                {"id": "https://example.org/x", "type": "https://schema.oparl.org/1.0/Paper"}""")))
                .containsExactly("https://example.org/x (https://schema.oparl.org/1.0/Paper): not an OParl 1.1 type");
        assertThat(OParlSchema.listViolations(json.readTree("{\"items\": []}"))).hasSize(2);
    }
}
