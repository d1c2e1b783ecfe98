package de.consortium.api.web.exports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as German spreadsheet programs open it without asking: UTF-8 with a byte order mark, semicolons between
 * cells, a decimal comma, dates as 31.12.2025, CRLF after each row; a cell holding a separator, a quote or a line
 * break is quoted, and text a spreadsheet would take for a formula (=, +, -, @ first) is marked as text with an
 * apostrophe.
 */
final class GermanCsv {

    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private GermanCsv() {
    }

    static byte[] of(Sheet sheet) {
        StringBuilder csv = new StringBuilder(BOM).append(row(List.copyOf(sheet.headings())));
        sheet.rows().forEach(row -> csv.append(row(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(List<?> cells) {
        return cells.stream().map(GermanCsv::cell).collect(Collectors.joining(";", "", "\r\n"));
    }

    static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof BigDecimal amount) {
            text = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
        } else if (value instanceof LocalDate date) {
            text = DATE.format(date);
        } else if (value instanceof String words && !words.isEmpty() && "=+-@".indexOf(words.charAt(0)) >= 0) {
            text = "'" + words;
        } else {
            text = value.toString();
        }
        return text.matches("(?s).*[;\"\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
