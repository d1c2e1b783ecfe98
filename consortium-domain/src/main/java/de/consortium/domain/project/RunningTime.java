package de.consortium.domain.project;

import java.time.LocalDate;
import java.util.Objects;

/** The period in which the project runs and may incur eligible costs, e.g. 2021-01-01 to 2025-12-31. */
public record RunningTime(LocalDate start, LocalDate end) {

    public RunningTime {
        Objects.requireNonNull(start, "the running time needs a start");
        Objects.requireNonNull(end, "the running time needs an end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the running time ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean coversYear(int year) {
        return year >= start.getYear() && year <= end.getYear();
    }
}
