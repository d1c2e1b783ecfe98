package de.consortium.domain.document;

import de.consortium.domain.project.PartnerId;

/** What recording a document checks: only that the partner does not have it yet. */
public final class RecordDocumentRules {

    private RecordDocumentRules() {
    }

    public static DocumentRecorded decide(RecordDocument command, PartnerId partnerId, Documents documents) {
        documents.checkNotYetRecorded(command.sha256());
        return new DocumentRecorded(partnerId, command.sha256(), command.kind(), command.fileName(),
                command.mediaType(), command.size(), command.recordedOn());
    }
}
