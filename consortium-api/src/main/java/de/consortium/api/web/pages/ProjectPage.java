package de.consortium.api.web.pages;

import de.consortium.api.live.LiveUpdates;
import de.consortium.api.messaging.Queries;
import de.consortium.api.security.Actor;
import de.consortium.api.security.Role;
import de.consortium.domain.document.DocumentKind;
import de.consortium.api.web.exports.SheetDownloads;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import de.consortium.projections.document.FindDocuments;
import de.consortium.projections.document.ProjectDocuments;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One project for people: its partners with what they lack, every open deadline, the budget as chart and tables,
 * the council resolutions and the disbursement timeline.
 */
@Controller
class ProjectPage {

    private final Queries queries;
    private final ReadableProjects projects;
    private final LiveUpdates live;
    private final SheetDownloads downloads;

    ProjectPage(Queries queries, ReadableProjects projects, LiveUpdates live,
                SheetDownloads downloads) {
        this.projects = projects;
        this.queries = queries;
        this.live = live;
        this.downloads = downloads;
    }

    @GetMapping("/projects/{projectId}")
    String project(@PathVariable String projectId, Model model) {
        // read before the read models, so that the page shows at least this much of the history
        model.addAttribute("shown", live.shownUpTo(projectId::equals));
        ProjectStatus status = projects.readable(projectId);
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
                .addAttribute("documents", queries.ask(new FindDocuments(projectId, null), ProjectDocuments.class))
                .addAttribute("leads", status.partners().stream().map(PartnerStatus::partnerCode)
                        .filter(partner -> Actor.current().actsFor(Role.PROJECT_LEAD, partner)).toList())
                .addAttribute("kinds", DocumentKind.values());
        return "pages/project";
    }

    /** The project's changes, for the page's script. */
    @GetMapping(path = "/projects/{projectId}/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter updates(@PathVariable String projectId, @RequestParam(required = false) Long since,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        projects.readable(projectId);
        return live.follow(projectId::equals, lastEventId, since);
    }

    /** Budget, disbursements or the numeric proof of use, as CSV or XLSX. */
    @GetMapping("/projects/{projectId}/exports/{sheet}")
    ResponseEntity<byte[]> export(@PathVariable String projectId, @PathVariable String sheet,
                                  @RequestParam(defaultValue = "csv") String format) {
        projects.readable(projectId);
        return downloads.download(projectId, sheet, format);
    }
}
