package de.consortium.api.web.pages;

import de.consortium.api.web.document.DocumentAccepted;
import de.consortium.api.web.document.DocumentDownloads;
import de.consortium.api.web.document.DocumentUploads;
import de.consortium.domain.document.DocumentKind;
import de.consortium.domain.project.PartnerId;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** A project's documents from its page: uploaded by a partner's project lead, downloaded by whoever reads it. */
@Controller
class DocumentsPage {

    private final ReadableProjects projects;
    private final DocumentUploads uploads;
    private final DocumentDownloads downloads;
    private final Clock clock;

    DocumentsPage(ReadableProjects projects, DocumentUploads uploads, DocumentDownloads downloads, Clock clock) {
        this.projects = projects;
        this.uploads = uploads;
        this.downloads = downloads;
        this.clock = clock;
    }

    /** Kept and recorded as over the API; back on the project page, which lists it as soon as its read model does. */
    @PostMapping("/projects/{projectId}/documents")
    String upload(@PathVariable String projectId, @RequestParam String partner, @RequestParam DocumentKind kind,
                  @RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
        projects.readable(projectId);
        DocumentAccepted accepted = uploads.upload(new PartnerId(projectId, partner), file, kind,
                LocalDate.now(clock), null);
        redirect.addFlashAttribute("uploaded", accepted.fileName());
        return "redirect:/projects/" + projectId + "#unterlagen";
    }

    @GetMapping("/projects/{projectId}/partners/{partner}/documents/{sha256}")
    ResponseEntity<byte[]> download(@PathVariable String projectId, @PathVariable String partner,
                                    @PathVariable String sha256) throws IOException {
        projects.readable(projectId);
        return downloads.download(projectId, partner, sha256);
    }
}
