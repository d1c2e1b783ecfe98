package de.consortium.api.web.pages;

import de.consortium.api.live.LiveUpdates;
import de.consortium.api.messaging.Queries;
import de.consortium.api.security.Actor;
import de.consortium.api.security.ProjectReaders;
import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.budget.ProjectBudget;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/** The projects the reader may see, with stage, grant, share drawn, next deadline and overdue ones. */
@Controller
class PortfolioPage {

    private final Queries queries;
    private final ProjectReaders readers;
    private final LiveUpdates live;

    PortfolioPage(Queries queries, ProjectReaders readers, LiveUpdates live) {
        this.queries = queries;
        this.readers = readers;
        this.live = live;
    }

    @GetMapping("/")
    String portfolio(Model model) {
        // read before the read models, so that the page shows at least this much of the history
        model.addAttribute("shown", live.shownByAll());
        Actor actor = Actor.current();
        List<PortfolioRow> rows = queries.projects().stream()
                .filter(project -> readers.mayRead(actor, project.projectId()))
                .map(project -> new PortfolioRow(project, queries.ask(new FindBudget(project.projectId()),
                        ProjectBudget.class).drawdown()))
                .toList();
        model.addAttribute("projects", rows);
        return "pages/portfolio";
    }

    /** Changes of any project the reader may see, for the portfolio's script. */
    @GetMapping(path = "/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter updates(@RequestParam(required = false) Long since,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        Actor actor = Actor.current();
        return live.follow(projectId -> readers.mayRead(actor, projectId), lastEventId, since);
    }
}
