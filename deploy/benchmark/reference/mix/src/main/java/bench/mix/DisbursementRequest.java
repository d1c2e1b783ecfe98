package bench.mix;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A request to draw down part of the grant for a half-year, as the benchmark sends it. */
public record DisbursementRequest(String requestId, LocalDate requestedOn, LocalDate periodStart, LocalDate periodEnd,
                                  LocalDate payoutDate, List<Cost> costs) {

    public record Cost(int year, String costLine, BigDecimal amount) {
    }

    public long cents() {
        return costs.stream().mapToLong(cost -> cost.amount().movePointRight(2).longValueExact()).sum();
    }
}
