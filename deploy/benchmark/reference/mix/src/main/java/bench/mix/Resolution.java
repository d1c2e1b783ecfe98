package bench.mix;

import java.time.LocalDate;
import java.util.List;

/** A council resolution as the benchmark sends it. */
public record Resolution(String paperReference, String title, String body, LocalDate sessionDate,
                         boolean publicSession, List<String> subjects, String outcome) {
}
