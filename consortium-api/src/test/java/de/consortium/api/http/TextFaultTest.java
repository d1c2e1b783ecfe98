package de.consortium.api.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which text a request may carry: any character, including those beyond the first plane; nothing that is not one. */
class TextFaultTest {

    @Test
    void charactersOfAnyPlaneAreTaken() {
        assertThat(JsonInputConfiguration.textFault("Landeshauptstadt München – Beschluss Nr. 14-20 / V 18416")).isNull();
        assertThat(JsonInputConfiguration.textFault("Ausschuss \uD83C\uDFDB\uFE0F 議会\nzweite Zeile\tTab")).isNull();
        assertThat(JsonInputConfiguration.textFault("\uFFFD \uFDCF \uFDF0 \uD83F\uDFFD")).isNull();
    }

    @Test
    void whatIsNotACharacterIsRefusedWithItsReason() {
        assertThat(JsonInputConfiguration.textFault("a\u0000b")).isEqualTo("text may not contain control characters");
        assertThat(JsonInputConfiguration.textFault("a\u007Fb")).isEqualTo("text may not contain control characters");
        assertThat(JsonInputConfiguration.textFault("a\uD83D")).isEqualTo("text may not contain an unpaired surrogate");
        assertThat(JsonInputConfiguration.textFault("\uDE00a")).isEqualTo("text may not contain an unpaired surrogate");
        assertThat(JsonInputConfiguration.textFault("\uFFFE")).isEqualTo("text may not contain non-characters");
        assertThat(JsonInputConfiguration.textFault("\uFDEF")).isEqualTo("text may not contain non-characters");
        assertThat(JsonInputConfiguration.textFault("\uD83F\uDFFF")).isEqualTo("text may not contain non-characters");
    }
}
