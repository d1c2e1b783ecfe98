package de.consortium.projections.budget;

import java.math.BigDecimal;

/**
 * The grant and how far it is drawn down: granted by the funder, requested (everything not rejected), approved
 * (approved or paid), paid, what remains to be requested, and what the funder reclaimed with its interest.
 */
public record GrantDrawdown(BigDecimal granted, BigDecimal requested, BigDecimal approved, BigDecimal paid,
                            BigDecimal remaining, BigDecimal reclaimed, BigDecimal interestClaimed) {
}
