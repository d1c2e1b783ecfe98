package de.consortium.projections.support;

import java.sql.Date;
import java.time.LocalDate;

/** JDBC date conversions that keep {@code null}. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate of(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
