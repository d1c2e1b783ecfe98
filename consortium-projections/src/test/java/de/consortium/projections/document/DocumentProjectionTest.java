package de.consortium.projections.document;

import de.consortium.domain.CutCase;
import de.consortium.domain.costplan.Phase;
import de.consortium.domain.document.DocumentDeleted;
import de.consortium.domain.document.DocumentKind;
import de.consortium.domain.document.DocumentRecorded;
import de.consortium.domain.proofofuse.ProofDocument;
import de.consortium.domain.proofofuse.ProofFile;
import de.consortium.domain.proofofuse.ProofOfUseSubmitted;
import de.consortium.projections.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static de.consortium.domain.CutCase.LEIPZIG;
import static de.consortium.domain.CutCase.MUNICH;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentProjectionTest {

    private static final String REPORT = "a".repeat(64);
    private static final String PAPER = "b".repeat(64);
    private static final Instant AT = Instant.parse("2026-05-20T08:00:00Z");

    private DocumentProjection projection;

    @BeforeEach
    void setUp() {
        projection = new DocumentProjection(ReadModelDatabase.create());
    }

    private void record(String sha256, DocumentKind kind, String name) {
        projection.on(new DocumentRecorded(MUNICH, sha256, kind, name, "application/pdf", 2048,
                LocalDate.of(2026, 5, 20)), AT);
    }

    @Test
    void aDocumentIsListedWithWhatItIsAndTheProofsThatEncloseIt() {
        record(REPORT, DocumentKind.PROOF_OF_USE_DOCUMENT, "Ergebnisbericht.pdf");
        record(REPORT, DocumentKind.PROOF_OF_USE_DOCUMENT, "Ergebnisbericht.pdf");
        projection.on(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, LocalDate.of(2026, 6, 1),
                ProofDocument.requiredFor(Phase.B), Set.of(new ProofFile(ProofDocument.RESULTS_REPORT, REPORT))));

        DocumentView view = projection.handle(new FindDocument(CutCase.PROJECT, "LHM", REPORT));
        assertThat(view).isEqualTo(new DocumentView(CutCase.PROJECT, "LHM", REPORT,
                DocumentKind.PROOF_OF_USE_DOCUMENT, "Ergebnisbericht.pdf", "application/pdf", 2048,
                LocalDate.of(2026, 5, 20), AT, List.of(new Enclosure("P1", ProofDocument.RESULTS_REPORT,
                LocalDate.of(2026, 6, 1))), LocalDate.of(2031, 6, 1), null, null));
        assertThat(projection.handle(new FindDocument(CutCase.PROJECT, "LE", REPORT))).isNull();
    }

    @Test
    void aDocumentNoProofEnclosesIsKeptFromThePartnersLatestProofAndNotBeforeOne() {
        record(PAPER, DocumentKind.COUNCIL_PAPER, "Vorlage.pdf");
        assertThat(projection.handle(new FindDocument(CutCase.PROJECT, "LHM", PAPER)).deletableFrom()).isNull();

        projection.on(new ProofOfUseSubmitted(MUNICH, "P1", Phase.B, LocalDate.of(2026, 6, 1),
                ProofDocument.requiredFor(Phase.B), Set.of()));
        projection.on(new ProofOfUseSubmitted(LEIPZIG, "P9", Phase.B, LocalDate.of(2027, 1, 1),
                ProofDocument.requiredFor(Phase.B), Set.of()));
        assertThat(projection.handle(new FindDocument(CutCase.PROJECT, "LHM", PAPER)).deletableFrom())
                .isEqualTo(LocalDate.of(2031, 6, 1));
    }

    @Test
    void aDeletedDocumentStaysListedWithItsHashAndWhy() {
        record(PAPER, DocumentKind.COUNCIL_PAPER, "Vorlage.pdf");
        record(REPORT, DocumentKind.REPORT, "Bericht.pdf");
        projection.on(new DocumentDeleted(MUNICH, PAPER, LocalDate.of(2031, 7, 1), "Aufbewahrungsfrist abgelaufen"));

        List<DocumentView> documents = projection.handle(new FindDocuments(CutCase.PROJECT, null)).documents();
        assertThat(documents).extracting(DocumentView::fileName).containsExactly("Bericht.pdf", "Vorlage.pdf");
        DocumentView deleted = documents.get(1);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.sha256()).isEqualTo(PAPER);
        assertThat(deleted.deletionReason()).isEqualTo("Aufbewahrungsfrist abgelaufen");
        assertThat(documents.get(0).deleted()).isFalse();
        assertThat(projection.handle(new FindDocuments(CutCase.PROJECT, "LE")).documents()).isEmpty();
    }

    @Test
    void aRebuildStartsEmpty() {
        record(PAPER, DocumentKind.COUNCIL_PAPER, "Vorlage.pdf");
        projection.reset();
        assertThat(projection.handle(new FindDocuments(CutCase.PROJECT, "LHM")).documents()).isEmpty();
    }
}
