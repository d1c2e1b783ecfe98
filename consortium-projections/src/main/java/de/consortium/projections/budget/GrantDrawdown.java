package de.consortium.projections.budget;

import java.math.BigDecimal;

/**
 * The grant and how far it is drawn down: granted by the funder, requested (everything not rejected), approved
 * (approved or paid), paid, and what remains to be requested.
 */
public record GrantDrawdown(BigDecimal granted, BigDecimal requested, BigDecimal approved, BigDecimal paid,
                            BigDecimal remaining) {
}
