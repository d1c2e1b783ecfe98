package de.consortium.api.web.pages;

import de.consortium.api.live.LiveUpdates;
import de.consortium.api.operations.ReplayCoordinator;
import de.consortium.api.processing.DeadLetters;
import de.consortium.api.processing.StoredTokens;
import de.consortium.api.security.Actor;
import de.consortium.projections.ReadModels;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * For operators: each event processor with its segments, their holders and positions and how far it lags behind the
 * history; the dead letters with a way to try them again; rebuilds of the read models with their progress.
 */
@Controller
class OperatorsPage {

    private final StoredTokens tokens;
    private final DeadLetters deadLetters;
    private final ReplayCoordinator rebuilds;
    private final EventStore eventStore;
    private final LiveUpdates live;

    OperatorsPage(StoredTokens tokens, DeadLetters deadLetters, ReplayCoordinator rebuilds, EventStore eventStore,
                  LiveUpdates live) {
        this.tokens = tokens;
        this.deadLetters = deadLetters;
        this.rebuilds = rebuilds;
        this.eventStore = eventStore;
        this.live = live;
    }

    @GetMapping("/operations")
    String operations(Model model) {
        // read before the read models, so that the page shows at least this much of the history
        model.addAttribute("shown", live.shownUpTo(projectId -> true));
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        Map<String, List<StoredTokens.StoredToken>> byProcessor = tokens.all().stream()
                .collect(Collectors.groupingBy(StoredTokens.StoredToken::processor, TreeMap::new,
                        Collectors.toList()));
        model.addAttribute("head", head)
                .addAttribute("processors", byProcessor.entrySet().stream().map(entry -> {
                    long lowest = entry.getValue().stream().mapToLong(StoredTokens.StoredToken::position).min()
                            .orElse(-1);
                    return new ProcessorState(entry.getKey(), entry.getValue(), lowest, Math.max(0, head - lowest));
                }).toList())
                .addAttribute("deadLetters", deadLetters.all())
                .addAttribute("rebuilds", rebuilds.progressOfAll())
                .addAttribute("readModels", ReadModels.PROCESSING_GROUPS.stream().sorted().toList());
        return "pages/operations";
    }

    @PostMapping("/operations/dead-letters/retry")
    String retry(@RequestParam String processingGroup, @RequestParam String eventId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("retried", deadLetters.retry(processingGroup, eventId));
        return "redirect:/operations#dead-letters";
    }

    @PostMapping("/operations/rebuilds")
    String rebuild(@RequestParam String processor) {
        rebuilds.request(processor, Actor.current().name());
        return "redirect:/operations#rebuilds";
    }

    /** Every change, for the page's script: positions and lags move with the history. */
    @GetMapping(path = "/operations/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter updates(@RequestParam(required = false) Long since,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
        return live.follow(projectId -> true, lastEventId, since);
    }
}
