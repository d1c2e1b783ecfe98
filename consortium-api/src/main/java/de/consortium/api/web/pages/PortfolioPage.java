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
import java.util.function.Predicate;

/**
 * The projects the reader may see, with stage, grant, share drawn, next deadline and overdue ones, a page at a time:
 * a page reads as much at 10,000 projects as at ten.
 */
@Controller
class PortfolioPage {

    static final int PAGE = 50;

    private final Queries queries;
    private final ProjectReaders readers;
    private final LiveUpdates live;

    PortfolioPage(Queries queries, ProjectReaders readers, LiveUpdates live) {
        this.queries = queries;
        this.readers = readers;
        this.live = live;
    }

    /**
     * One page of them, by project id: the page starts after {@code after}; the model's {@code next} names the
     * project the next page starts after (none on the last page).
     */
    @GetMapping("/")
    String portfolio(@RequestParam(required = false) String after, Model model) {
        // read before the read models, so that the page shows at least this much of the history
        model.addAttribute("shown", live.shownUpTo(readableBy(Actor.current())));
        Queries.ProjectPage page = queries.projects(after, PAGE, readers.partnersReadBy(Actor.current()));
        List<PortfolioRow> rows = page.projects().stream()
                .map(project -> new PortfolioRow(project, queries.ask(new FindBudget(project.projectId()),
                        ProjectBudget.class).drawdown()))
                .toList();
        model.addAttribute("projects", rows)
                .addAttribute("after", after)
                .addAttribute("next", page.next());
        return "pages/portfolio";
    }

    /** Changes of any project the reader may see, for the portfolio's script. */
    @GetMapping(path = "/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter updates(@RequestParam(required = false) Long since,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        return live.follow(readableBy(Actor.current()), lastEventId, since);
    }

    private Predicate<String> readableBy(Actor actor) {
        return projectId -> readers.mayRead(actor, projectId);
    }
}
