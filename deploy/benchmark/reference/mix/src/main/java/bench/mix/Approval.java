package bench.mix;

import java.time.LocalDate;

public record Approval(LocalDate approvedOn) {
}
