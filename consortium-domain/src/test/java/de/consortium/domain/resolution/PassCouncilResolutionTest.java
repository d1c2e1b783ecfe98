package de.consortium.domain.resolution;

import de.consortium.domain.Refused;
import de.consortium.domain.CutCase;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

class PassCouncilResolutionTest {

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    private static PassCouncilResolution leipzigStyle(LocalDate session) {
        return new PassCouncilResolution(CutCase.MUNICH, "14-20 / V 18416", "Bewerbung Modellprojekt Smart Cities",
                "Vollversammlung des Stadtrates", session, true,
                Set.of(ResolutionSubject.APPLICATION_APPROVAL, ResolutionSubject.OWN_SHARE_FINANCING),
                ResolutionOutcome.ADOPTED, new Votes(null, 0, 10), List.of("14-20 / A 06936"), null, null);
    }

    @Test
    void aResolutionIsRecordedAsThePaperShowsIt() {
        fixture.given(CutCase.munichJoined())
                .when(leipzigStyle(CutCase.SESSION))
                .expectEvents(new CouncilResolutionPassed(CutCase.MUNICH, "14-20 / V 18416",
                        "Bewerbung Modellprojekt Smart Cities", "Vollversammlung des Stadtrates", CutCase.SESSION, true,
                        Set.of(ResolutionSubject.APPLICATION_APPROVAL, ResolutionSubject.OWN_SHARE_FINANCING),
                        ResolutionOutcome.ADOPTED, new Votes(null, 0, 10), List.of("14-20 / A 06936"), null, null));
    }

    @Test
    void resolutionRecordedOnce_theSameSessionsDecisionIsNotRecordedTwice() {
        fixture.given(CutCase.munichJoined(), CutCase.munichMandate())
                .when(leipzigStyle(CutCase.SESSION))
                .expectException(Refused.by("resolution-recorded-once"))
                .expectNoEvents();
    }

    @Test
    void aDeferredPaperMayBeDecidedInALaterSession() {
        fixture.given(CutCase.munichJoined(), CutCase.munichResolution(ResolutionOutcome.DEFERRED,
                        ResolutionSubject.APPLICATION_APPROVAL))
                .when(leipzigStyle(CutCase.SESSION.plusDays(7)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCouncilRecordIsAnHttpAddressWithItsFiles() {
        CouncilRecord record = new CouncilRecord("https://ris.example.org/oparl/paper/1", null,
                java.util.List.of("https://ris.example.org/files/1.pdf"), "Der Stadtrat beschließt ...");
        org.assertj.core.api.Assertions.assertThat(record.files()).containsExactly("https://ris.example.org/files/1.pdf");
        org.assertj.core.api.Assertions.assertThat(new CouncilRecord("http://ris.example.org/p/2", null, null, null)
                .files()).isEmpty();
        for (String bad : new String[]{"ris.example.org/paper/1", "ftp://ris.example.org/paper/1", "https://a b"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CouncilRecord(bad, null, null, null))
                    .hasMessageContaining("http(s) address");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CouncilRecord("https://ris.example.org/p/1",
                "mailto:x@example.org", null, null)).hasMessageContaining("http(s) address");
    }
}
