package de.consortium.api.web.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to export: its name, its column headings, and rows of typed cells (text, whole number, date, euro amount,
 * or empty), so that each format can write every cell as what it is.
 */
public record Sheet(String name, List<String> headings, List<List<Object>> rows) {

    public Sheet {
        headings = List.copyOf(headings);
        for (List<Object> row : rows) {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException("a row of " + name + " has " + row.size() + " cells, not "
                        + headings.size());
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String || cell instanceof Integer || cell instanceof LocalDate
                        || cell instanceof BigDecimal)) {
                    throw new IllegalArgumentException("a cell is text, a whole number, a date or an amount, not "
                            + cell.getClass().getSimpleName());
                }
            }
        }
        // cells may be empty (null), which List.copyOf refuses
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }
}
