package bench.mix;

import java.time.LocalDate;

public record Payment(LocalDate paidOn) {
}
