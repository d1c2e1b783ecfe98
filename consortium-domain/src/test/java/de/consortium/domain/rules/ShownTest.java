package de.consortium.domain.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A value a client sent, as a refusal shows it. */
class ShownTest {

    @Test
    void aValueIsQuotedWithItsControlCharactersReplacedAndCutAfterSixtyCharacters() {
        assertThat(Shown.quoted(null)).isEqualTo("nothing");
        assertThat(Shown.quoted("LHM-2021-1")).isEqualTo("'LHM-2021-1'");
        assertThat(Shown.quoted("a\u0000b\tc")).isEqualTo("'a?b?c'");
        assertThat(Shown.quoted("x".repeat(60))).isEqualTo("'" + "x".repeat(60) + "'");
        assertThat(Shown.quoted("x".repeat(61))).isEqualTo("'" + "x".repeat(60) + "…'");
    }
}
