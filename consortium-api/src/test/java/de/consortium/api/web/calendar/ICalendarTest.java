package de.consortium.api.web.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTest {

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideACharacter() {
        String summary = "Verwendungsnachweis Phase B – Landeshauptstadt München, Gemeinde Öhringen, Bürgerbeteiligung";
        String written = new ICalendar().text("SUMMARY", summary).toString();
        assertThat(written).endsWith("\r\n");
        String[] lines = written.split("\r\n");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(Arrays.stream(lines).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length))
                .allMatch(octets -> octets <= 75);
        assertThat(Arrays.stream(lines).skip(1)).allMatch(line -> line.startsWith(" "));
        String unfolded = written.replace("\r\n ", "").replace("\r\n", "");
        assertThat(unfolded).isEqualTo("SUMMARY:" + ICalendar.escape(summary));
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }
}
