package de.consortium.api.openapi;

import io.swagger.v3.oas.models.media.Schema;

import java.math.BigDecimal;
import java.util.Set;

/** How the document states money: euros as a JSON number with at most two decimals, exact to the cent. */
final class EuroAmounts {

    static final String FORMAT = "decimal";

    private EuroAmounts() {
    }

    static Schema<BigDecimal> schema() {
        return new Schema<BigDecimal>().types(Set.of("number")).format(FORMAT)
                .description("An amount in euros, exact to the cent: a JSON number with at most two decimals");
    }
}
