package de.consortium.api.web.pages;

import de.consortium.api.audit.AuditDownloads;
import de.consortium.api.audit.ChainVerifier;
import de.consortium.api.audit.EventHistory;
import de.consortium.api.live.LiveUpdates;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import de.consortium.api.web.dossier.DossierDownloads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;

/**
 * The event history for auditors: filtered by project, partner, type, date in the world and day of recording;
 * each event's who, when and why; the hash chain's state with a button that verifies it; the exports.
 */
@Controller
class AuditorsPage {

    static final int PAGE = 50;

    private final EventHistory history;
    private final ChainVerifier chain;
    private final AuditDownloads downloads;
    private final Clock clock;
    private final LiveUpdates live;
    private final DossierDownloads dossiers;

    AuditorsPage(EventHistory history, ChainVerifier chain, AuditDownloads downloads, Clock clock,
                 LiveUpdates live, DossierDownloads dossiers) {
        this.history = history;
        this.chain = chain;
        this.downloads = downloads;
        this.clock = clock;
        this.live = live;
        this.dossiers = dossiers;
    }

    @GetMapping("/audit")
    String audit(@ModelAttribute("filters") AuditFilters filters, @RequestParam(defaultValue = "0") long from,
                 HttpServletRequest request, Model model) {
        // read before the history, so that the page shows at least this much of it
        model.addAttribute("shown", live.shownUpTo(projectId -> true));
        EventHistory.HistoryPage page = history.page(Math.max(0, from), PAGE, filters.toFilter(clock));
        model.addAttribute("page", page)
                .addAttribute("chain", chain.head())
                // what the page's script fetches again when the history grows: the listing, never the verification
                .addAttribute("self", UriComponentsBuilder.fromPath("/audit")
                        .query("GET".equals(request.getMethod()) ? request.getQueryString() : null).toUriString())
                .addAttribute("next", page.more() ? UriComponentsBuilder.fromUriString(request.getRequestURI())
                        .query(request.getQueryString()).replaceQueryParam("from", page.scannedTo() + 1).build()
                        .toUriString() : null);
        return "pages/audit";
    }

    /** Checks the whole stored history against the chain and shows the outcome above the history. */
    @PostMapping("/audit/verify")
    String verify(@ModelAttribute("filters") AuditFilters filters, HttpServletRequest request, Model model) {
        model.addAttribute("verification", chain.verify());
        return audit(filters, 0, request, model);
    }

    /** Every change, for the page's script: auditors read every project. */
    @GetMapping(path = "/audit/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter updates(@RequestParam(required = false) Long since,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        return live.follow(projectId -> true, lastEventId, since);
    }

    /** The dossier of the project (and partner) the filters name. */
    @GetMapping("/audit/dossier")
    ResponseEntity<StreamingResponseBody> dossier(@RequestParam String project,
                                                  @RequestParam(required = false) String partner) {
        return dossiers.download(project, partner == null || partner.isBlank() ? null : partner);
    }

    @GetMapping("/audit/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                                 @ModelAttribute("filters") AuditFilters filters) {
        return downloads.download(format, filters.project(), filters.partner());
    }
}
