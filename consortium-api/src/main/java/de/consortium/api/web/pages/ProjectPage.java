package de.consortium.api.web.pages;

import de.consortium.api.live.ProjectUpdateStreams;
import de.consortium.api.messaging.Queries;
import de.consortium.api.security.Actor;
import de.consortium.api.security.ProjectReaders;
import de.consortium.api.web.exports.SheetDownloads;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.budget.ProjectBudget;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.disbursement.ProjectDisbursements;
import de.consortium.projections.resolution.FindResolutions;
import de.consortium.projections.resolution.ProjectResolutions;
import de.consortium.projections.status.PartnerStatus;
import de.consortium.projections.status.ProjectStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import de.consortium.api.web.document.DocumentDownloads;
import de.consortium.projections.document.FindDocuments;
import de.consortium.projections.document.ProjectDocuments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One project for people: its partners with what they lack, every open deadline, the budget as chart and tables,
 * the council resolutions and the disbursement timeline.
 */
@Controller
class ProjectPage {

    private final Queries queries;
    private final ProjectReaders readers;
    private final ProjectUpdateStreams streams;
    private final SheetDownloads downloads;
    private final DocumentDownloads documents;

    ProjectPage(Queries queries, ProjectReaders readers, ProjectUpdateStreams streams, SheetDownloads downloads,
                DocumentDownloads documents) {
        this.documents = documents;
        this.queries = queries;
        this.readers = readers;
        this.streams = streams;
        this.downloads = downloads;
    }

    @GetMapping("/projects/{projectId}")
    String project(@PathVariable String projectId, Model model) {
        ProjectStatus status = readable(projectId);
        ProjectBudget budget = queries.ask(new FindBudget(projectId), ProjectBudget.class);
        Map<String, String> names = status.partners().stream()
                .collect(Collectors.toMap(PartnerStatus::partnerCode, PartnerStatus::name));
        model.addAttribute("status", status)
                .addAttribute("names", names)
                .addAttribute("budget", budget)
                .addAttribute("chart", BudgetChart.of(budget))
                .addAttribute("resolutions", queries.ask(new FindResolutions(projectId), ProjectResolutions.class))
                .addAttribute("disbursements", queries.ask(new FindDisbursements(projectId),
                        ProjectDisbursements.class))
                .addAttribute("documents", queries.ask(new FindDocuments(projectId, null), ProjectDocuments.class));
        return "pages/project";
    }

    /** The project's changes, for the page's script. */
    @GetMapping(path = "/projects/{projectId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter updates(@PathVariable String projectId) {
        readable(projectId);
        return streams.open(projectId::equals);
    }

    /** A document a partner keeps, checked against its hash. */
    @GetMapping("/projects/{projectId}/partners/{partner}/documents/{sha256}")
    ResponseEntity<byte[]> document(@PathVariable String projectId, @PathVariable String partner,
                                    @PathVariable String sha256) throws IOException {
        readable(projectId);
        return documents.download(projectId, partner, sha256);
    }

    /** Budget, disbursements or the numeric proof of use, as CSV or XLSX. */
    @GetMapping("/projects/{projectId}/exports/{sheet}")
    ResponseEntity<byte[]> export(@PathVariable String projectId, @PathVariable String sheet,
                                  @RequestParam(defaultValue = "csv") String format) {
        readable(projectId);
        return downloads.download(projectId, sheet, format);
    }

    private ProjectStatus readable(String projectId) {
        if (!readers.mayRead(Actor.current(), projectId)) {
            throw new AccessDeniedException("not a project of the reader's city");
        }
        return queries.projectStatus(projectId)
                .orElseThrow(() -> new UnknownReference("No project '" + projectId + "' is registered."));
    }
}
