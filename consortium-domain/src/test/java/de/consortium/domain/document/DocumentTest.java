package de.consortium.domain.document;

import de.consortium.domain.CutCase;
import de.consortium.domain.Refused;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.partner.Partner;
import de.consortium.domain.partner.PartnerFixture;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofFile;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.domain.proofofuse.SubmitProofOfUse;
import de.consortium.domain.resolution.CouncilResolutionPassed;
import de.consortium.domain.resolution.PassCouncilResolution;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import de.consortium.domain.rules.UnknownReference;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static de.consortium.domain.CutCase.MUNICH;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** Rules R7.4 and R7.5: documents recorded once, referred to only while kept, deleted only after five years. */
class DocumentTest {

    private static final String REPORT = "a".repeat(64);
    private static final String PAPER = "b".repeat(64);
    private static final LocalDate RECORDED = LocalDate.of(2021, 5, 20);
    private static final LocalDate SUBMITTED = LocalDate.of(2021, 6, 1);

    private FixtureConfiguration<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnerFixture.create();
    }

    private static DocumentRecorded recorded(String sha256, DocumentKind kind) {
        return new DocumentRecorded(MUNICH, sha256, kind, "bericht.pdf", "application/pdf", 1234, RECORDED);
    }

    private static ProofOfUseSubmitted submittedWith(String sha256) {
        Set<ProofFile> files = Set.of(new ProofFile(ProofDocument.RESULTS_REPORT, sha256));
        return new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, SUBMITTED, ProofDocument.requiredFor(Phase.B), files);
    }

    @Test
    void aDocumentIsRecordedWithItsHashKindNameTypeAndSize() {
        fixture.given(CutCase.munichFunded())
                .when(new RecordDocument(MUNICH, REPORT, DocumentKind.REPORT, "bericht.pdf", "application/pdf", 1234,
                        RECORDED))
                .expectEvents(recorded(REPORT, DocumentKind.REPORT));
    }

    @Test
    void documentRecordedOnce() {
        fixture.given(CutCase.munichFunded()).andGiven(recorded(REPORT, DocumentKind.REPORT))
                .when(new RecordDocument(MUNICH, REPORT, DocumentKind.PROOF_OF_USE_DOCUMENT, "anders.pdf",
                        "application/pdf", 1234, RECORDED))
                .expectException(Refused.by("document-recorded-once"))
                .expectNoEvents();
    }

    @Test
    void aProofOfUseEnclosesKeptFilesAndCountsThemAsItsDocuments() {
        Set<ProofDocument> withoutReport = EnumSet.copyOf(ProofDocument.requiredFor(Phase.B));
        withoutReport.remove(ProofDocument.RESULTS_REPORT);
        fixture.given(CutCase.munichFunded()).andGiven(recorded(REPORT, DocumentKind.PROOF_OF_USE_DOCUMENT))
                .when(new SubmitProofOfUse(MUNICH, "P1", Phase.B, SUBMITTED, withoutReport,
                        Set.of(new ProofFile(ProofDocument.RESULTS_REPORT, REPORT))))
                .expectEvents(submittedWith(REPORT));
    }

    @Test
    void documentOnRecord_aProofOfUseCannotEncloseAFileThePartnerDoesNotKeep() {
        fixture.given(CutCase.munichFunded())
                .when(new SubmitProofOfUse(MUNICH, "P1", Phase.B, SUBMITTED, ProofDocument.requiredFor(Phase.B),
                        Set.of(new ProofFile(ProofDocument.RESULTS_REPORT, REPORT))))
                .expectException(UnknownReference.class)
                .expectNoEvents();
    }

    @Test
    void documentOnRecord_aDeletedDocumentIsNoLongerReferredTo() {
        fixture.given(CutCase.munichFunded()).andGiven(recorded(PAPER, DocumentKind.COUNCIL_PAPER),
                        new DocumentDeleted(MUNICH, PAPER, LocalDate.of(2026, 6, 2), "Frist abgelaufen"))
                .when(new PassCouncilResolution(MUNICH, "V 2", "t", "Stadtrat", SUBMITTED, true,
                        Set.of(ResolutionSubject.STRATEGY_ADOPTION), ResolutionOutcome.ADOPTED, null, null, PAPER, null))
                .expectException(Refused.by("document-on-record"))
                .expectExceptionMessage(containsString(PAPER))
                .expectNoEvents();
    }

    @Test
    void aResolutionRefersToItsKeptPaper() {
        fixture.given(CutCase.munichFunded()).andGiven(recorded(PAPER, DocumentKind.COUNCIL_PAPER))
                .when(new PassCouncilResolution(MUNICH, "V 2", "t", "Stadtrat", SUBMITTED, true,
                        Set.of(ResolutionSubject.STRATEGY_ADOPTION), ResolutionOutcome.ADOPTED, null, null, PAPER, null))
                .expectEvents(new CouncilResolutionPassed(MUNICH, "V 2", "t", "Stadtrat", SUBMITTED, true,
                        Set.of(ResolutionSubject.STRATEGY_ADOPTION), ResolutionOutcome.ADOPTED, null, List.of(),
                        PAPER, null));
    }

    @Test
    void documentRetention_notBeforeAnyProofOfUse() {
        fixture.given(CutCase.munichFunded()).andGiven(recorded(PAPER, DocumentKind.COUNCIL_PAPER))
                .when(new DeleteDocument(MUNICH, PAPER, LocalDate.of(2026, 6, 2), "aufgeräumt"))
                .expectException(Refused.by("document-retention"))
                .expectNoEvents();
    }

    @Test
    void documentRetention_fiveYearsAfterTheProofThatEnclosesIt_toTheDay() {
        LocalDate dayBefore = SUBMITTED.plusYears(5).minusDays(1);
        fixture.given(CutCase.munichFunded()).andGiven(recorded(REPORT, DocumentKind.PROOF_OF_USE_DOCUMENT),
                        submittedWith(REPORT))
                .when(new DeleteDocument(MUNICH, REPORT, dayBefore, "Frist abgelaufen"))
                .expectException(Refused.by("document-retention"))
                .expectExceptionMessage(containsString("kept until " + dayBefore));
        FixtureConfiguration<Partner> onTheDay = PartnerFixture.create();
        onTheDay.given(CutCase.munichFunded()).andGiven(recorded(REPORT, DocumentKind.PROOF_OF_USE_DOCUMENT),
                        submittedWith(REPORT))
                .when(new DeleteDocument(MUNICH, REPORT, SUBMITTED.plusYears(5), "Frist abgelaufen"))
                .expectEvents(new DocumentDeleted(MUNICH, REPORT, SUBMITTED.plusYears(5), "Frist abgelaufen"));
    }

    @Test
    void documentRetention_aDocumentNoProofEnclosesBelongsToTheLatestProof() {
        ProofOfUseSubmitted later = new ProofOfUseSubmitted(MUNICH, "P2", Phase.A, SUBMITTED.plusYears(1),
                ProofDocument.requiredFor(Phase.A), Set.of());
        fixture.given(CutCase.munichFunded()).andGiven(recorded(PAPER, DocumentKind.COUNCIL_PAPER),
                        recorded(REPORT, DocumentKind.PROOF_OF_USE_DOCUMENT), submittedWith(REPORT), later)
                .when(new DeleteDocument(MUNICH, PAPER, SUBMITTED.plusYears(5), "Frist abgelaufen"))
                .expectException(Refused.by("document-retention"))
                .expectExceptionMessage(containsString("kept until " + SUBMITTED.plusYears(6).minusDays(1)));
    }

    @Test
    void unknownDocumentsAreNotDeleted() {
        fixture.given(CutCase.munichFunded())
                .when(new DeleteDocument(MUNICH, REPORT, SUBMITTED, "Frist abgelaufen"))
                .expectException(UnknownReference.class);
    }

    @Test
    void commandsRefuseWhatIsNotAHashOrAFileName() {
        assertThatThrownBy(() -> new RecordDocument(MUNICH, "ABC", DocumentKind.REPORT, "a.pdf", "application/pdf",
                1, RECORDED)).hasMessageContaining("64 lower-case hexadecimal digits");
        assertThatThrownBy(() -> new RecordDocument(MUNICH, REPORT, DocumentKind.REPORT, " ", "application/pdf",
                1, RECORDED)).hasMessageContaining("file name");
        for (String withPath : new String[]{"../../etc/passwd.pdf", "C:\\Berichte\\b.pdf", "a/b.pdf", ".."}) {
            assertThatThrownBy(() -> new RecordDocument(MUNICH, REPORT, DocumentKind.REPORT, withPath,
                    "application/pdf", 1, RECORDED)).hasMessageContaining("has path parts");
        }
        assertThatThrownBy(() -> new RecordDocument(MUNICH, REPORT, DocumentKind.REPORT, "a\nb.pdf",
                "application/pdf", 1, RECORDED)).hasMessageContaining("no control characters");
        assertThatThrownBy(() -> new RecordDocument(MUNICH, REPORT, DocumentKind.REPORT, "x".repeat(256),
                "application/pdf", 1, RECORDED)).hasMessageContaining("1 to 255 characters");
        assertThatThrownBy(() -> new RecordDocument(MUNICH, REPORT, DocumentKind.REPORT, "a.pdf", "application/pdf",
                0, RECORDED)).hasMessageContaining("at least one byte");
        assertThatThrownBy(() -> new DeleteDocument(MUNICH, REPORT, RECORDED, " "))
                .hasMessageContaining("states why");
        assertThatThrownBy(() -> new ProofFile(ProofDocument.RESULTS_REPORT, REPORT.toUpperCase()))
                .hasMessageContaining("hexadecimal");
    }
}
