package de.consortium.api.web.document;

import de.consortium.api.documents.ContentTypes;
import de.consortium.api.documents.DocumentAddress;
import de.consortium.api.documents.DocumentProperties;
import de.consortium.api.documents.DocumentStore;
import de.consortium.api.documents.StagedUpload;
import de.consortium.api.messaging.CommandAccepted;
import de.consortium.api.messaging.CommandRefusal;
import de.consortium.api.messaging.CommandSubject;
import de.consortium.api.messaging.Commands;
import de.consortium.api.problem.RequestRefused;
import de.consortium.api.security.Actor;
import de.consortium.api.security.CommandPermissions;
import de.consortium.domain.document.DocumentKind;
import de.consortium.domain.document.RecordDocument;
import de.consortium.domain.project.PartnerId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * An upload in the order that keeps the record true: stage the bytes while hashing and measuring them, refuse what
 * may not be kept, check the user may record it, keep the bytes durably, and only then record the document. A crash
 * before the record leaves bytes no event names, never served. Bytes are removed again only where the partner
 * does not exist: otherwise a concurrent upload of the same bytes may have recorded them.
 */
@Component
public class DocumentUploads {

    private final DocumentProperties properties;
    private final DocumentStore store;
    private final Commands commands;
    private final CommandPermissions permissions;

    DocumentUploads(DocumentProperties properties, DocumentStore store, Commands commands,
                    CommandPermissions permissions) {
        this.properties = properties;
        this.store = store;
        this.commands = commands;
        this.permissions = permissions;
    }

    public DocumentAccepted upload(PartnerId partner, MultipartFile file, DocumentKind kind, LocalDate recordedOn,
                            String expectedSha256) throws IOException {
        String fileName = file.getOriginalFilename();
        try (InputStream content = file.getInputStream();
             StagedUpload staged = StagedUpload.of(content, properties.maxSize().toBytes())) {
            if (staged == null) {
                throw new RequestRefused(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", "A document has at most "
                        + properties.maxSize().toMegabytes() + " MB; nothing was kept.");
            }
            if (staged.size() == 0) {
                throw new RequestRefused(HttpStatus.BAD_REQUEST, "Empty file", "The file '" + fileName
                        + "' is empty; nothing was kept.");
            }
            if (expectedSha256 != null && !expectedSha256.equals(staged.sha256())) {
                throw new RequestRefused(HttpStatus.BAD_REQUEST, "Hash mismatch", "The file's SHA-256 is "
                        + staged.sha256() + ", not " + expectedSha256 + " as given: it changed on its way;"
                        + " nothing was kept.");
            }
            String mediaType = checkedType(staged, fileName, file.getContentType());
            RecordDocument command = new RecordDocument(partner, staged.sha256(), kind, fileName, mediaType,
                    staged.size(), recordedOn);
            permissions.check(command, Actor.current());
            return keepAndRecord(command, staged);
        }
    }

    private String checkedType(StagedUpload staged, String fileName, String declared) throws IOException {
        String detected = ContentTypes.detect(staged.file(), fileName);
        if (!properties.mediaTypes().contains(detected)) {
            throw new RequestRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Media type not accepted", "The file '"
                    + fileName + "' is " + detected + " by its content; accepted are " + properties.mediaTypes()
                    + ". Nothing was kept.");
        }
        if (declared != null && !isUnspecific(declared) && !MediaType.parseMediaType(declared)
                .equalsTypeAndSubtype(MediaType.parseMediaType(detected))) {
            throw new RequestRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Media type does not match", "The file '"
                    + fileName + "' was declared " + declared + " but is " + detected + " by its content;"
                    + " nothing was kept.");
        }
        return detected;
    }

    private static boolean isUnspecific(String declared) {
        return declared.isBlank() || MediaType.APPLICATION_OCTET_STREAM.equalsTypeAndSubtype(
                MediaType.parseMediaType(declared));
    }

    private DocumentAccepted keepAndRecord(RecordDocument command, StagedUpload staged) throws IOException {
        DocumentAddress address = new DocumentAddress(command.partnerId(), command.sha256());
        boolean keptBefore = store.contains(address);
        store.put(address, staged.file());
        try {
            CommandAccepted accepted = commands.send(command, CommandSubject.partner(
                    command.partnerId().projectId(), command.partnerId().partnerCode()));
            return new DocumentAccepted(accepted.projectId(), accepted.partner(), command.sha256(), command.kind(),
                    command.fileName(), command.mediaType(), command.size(), accepted.aggregateId(),
                    accepted.version());
        } catch (CommandExecutionException refused) {
            boolean noSuchPartner = refused.<CommandRefusal>getDetails()
                    .filter(refusal -> refusal.kind() == CommandRefusal.Kind.NOT_FOUND).isPresent();
            if (noSuchPartner && !keptBefore) {
                store.delete(address);
            }
            throw refused;
        }
    }
}
