package de.consortium.api.web.exports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GermanCsvTest {

    @Test
    void cellsAreWrittenAsGermanSpreadsheetsReadThem() {
        assertThat(GermanCsv.cell(new BigDecimal("1234567.8"))).isEqualTo("1234567,80");
        assertThat(GermanCsv.cell(new BigDecimal("-0.05"))).isEqualTo("-0,05");
        assertThat(GermanCsv.cell(LocalDate.of(2025, 12, 31))).isEqualTo("31.12.2025");
        assertThat(GermanCsv.cell(2021)).isEqualTo("2021");
        assertThat(GermanCsv.cell(null)).isEmpty();
        assertThat(GermanCsv.cell("Stadt; Rat")).isEqualTo("\"Stadt; Rat\"");
        assertThat(GermanCsv.cell("sagt \"nein\"\nund geht")).isEqualTo("\"sagt \"\"nein\"\"\nund geht\"");
        assertThat(GermanCsv.cell("=HYPERLINK(\"x\")")).as("no formula from text").startsWith("\"'=HYPERLINK");
        assertThat(GermanCsv.cell("-5 Tage")).isEqualTo("'-5 Tage");
    }

    @Test
    void aFileStartsWithTheByteOrderMarkAndEndsEveryRowWithCrLf() {
        byte[] csv = GermanCsv.of(new Sheet("t", List.of("Jahr", "Betrag"), List.of(
                Arrays.asList(2021, new BigDecimal("1.50")), Arrays.asList(null, new BigDecimal("2.00")))));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFJahr;Betrag\r\n2021;1,50\r\n;2,00\r\n");
    }
}
