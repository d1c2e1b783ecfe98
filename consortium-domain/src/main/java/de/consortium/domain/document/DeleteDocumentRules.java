package de.consortium.domain.document;

import de.consortium.domain.project.PartnerId;

/** What deleting a document checks, in the order it checks it. */
public final class DeleteDocumentRules {

    private DeleteDocumentRules() {
    }

    public static DocumentDeleted decide(DeleteDocument command, PartnerId partnerId, Documents documents,
                                         Enclosures enclosures) {
        documents.checkKept(command.sha256());
        DocumentRetention.checkRunOut(command.sha256(), command.deletedOn(), enclosures);
        return new DocumentDeleted(partnerId, command.sha256(), command.deletedOn(), command.reason());
    }
}
