package de.consortium.api.web.oparl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.consortium.api.messaging.ConsortiumProperties;
import de.consortium.domain.rules.UnknownReference;
import de.consortium.projections.resolution.ResolutionView;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The consortium's resolutions as an OParl 1.1 system, read only, for council information tools and portals: a body
 * per partner with its papers, meetings, organizations, consultations and agenda items, from public sessions only.
 * Lists are paged ({@code page}) and filter by {@code modified_since}, as OParl asks. Its own specification
 * documents it, not the API document.
 */
@Hidden
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
@RequestMapping(path = "/oparl/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class OParlView {

    static final int PAGE_SIZE = 100;
    private static final String BODY = "/bodies/{projectId}/{partner}";

    private final PublicDecisions decisions;
    private final ObjectMapper json;
    private final ConsortiumProperties consortium;

    OParlView(PublicDecisions decisions, ObjectMapper json, ConsortiumProperties consortium) {
        this.decisions = decisions;
        this.json = json;
        this.consortium = consortium;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/oparl/v1").toUriString();
    }

    @GetMapping("/system")
    ObjectNode system() {
        ObjectNode system = json.createObjectNode().put("id", base() + "/system")
                .put("type", OParlObjects.TYPES + "System").put("oparlVersion", OParlObjects.TYPES)
                .put("body", base() + "/bodies").put("name", "Consortium backend: resolutions of the partner cities")
                .put("product", "consortium-backend");
        system.putArray("otherOparlVersions");
        return system;
    }

    /** Read a page at a time: anyone may ask, so no page reads every project. */
    @GetMapping("/bodies")
    ObjectNode bodies(@RequestParam(defaultValue = "1") int page) {
        PublicDecisions.Councils councils = decisions.page(skipped(page), PAGE_SIZE);
        return list(councils.councils().stream().map(this::body).toList(), councils.total(), page, null,
                base() + "/bodies");
    }

    @GetMapping(BODY)
    ObjectNode body(@PathVariable String projectId, @PathVariable String partner) {
        return body(decisions.of(projectId, partner));
    }

    @GetMapping(BODY + "/papers")
    ObjectNode papers(@PathVariable String projectId, @PathVariable String partner,
                      @RequestParam(defaultValue = "1") int page,
                      @RequestParam(name = "modified_since", required = false) String modifiedSince) {
        OParlObjects objects = objects(projectId, partner);
        return list(objects.papers().entrySet().stream().map(p -> objects.paper(p.getKey(), p.getValue())).toList(),
                page, modifiedSince, bodyId(projectId, partner) + "/papers");
    }

    @GetMapping(BODY + "/papers/{key}")
    ObjectNode paper(@PathVariable String projectId, @PathVariable String partner, @PathVariable String key) {
        OParlObjects objects = objects(projectId, partner);
        return objects.papers().entrySet().stream().filter(p -> OParlObjects.key(p.getKey()).equals(key))
                .findFirst().map(p -> objects.paper(p.getKey(), p.getValue())).orElseThrow(() -> unknown("paper"));
    }

    @GetMapping(BODY + "/meetings")
    ObjectNode meetings(@PathVariable String projectId, @PathVariable String partner,
                        @RequestParam(defaultValue = "1") int page,
                        @RequestParam(name = "modified_since", required = false) String modifiedSince) {
        OParlObjects objects = objects(projectId, partner);
        return list(objects.meetings().values().stream().map(objects::meeting).toList(), page, modifiedSince,
                bodyId(projectId, partner) + "/meetings");
    }

    @GetMapping(BODY + "/meetings/{key}")
    ObjectNode meeting(@PathVariable String projectId, @PathVariable String partner, @PathVariable String key) {
        OParlObjects objects = objects(projectId, partner);
        List<ResolutionView> meeting = objects.meetings().get(key);
        if (meeting == null) {
            throw unknown("meeting");
        }
        return objects.meeting(meeting);
    }

    @GetMapping(BODY + "/organizations")
    ObjectNode organizations(@PathVariable String projectId, @PathVariable String partner,
                             @RequestParam(defaultValue = "1") int page) {
        OParlObjects objects = objects(projectId, partner);
        return list(objects.organizations().stream().map(objects::organization).toList(), page, null,
                bodyId(projectId, partner) + "/organizations");
    }

    @GetMapping(BODY + "/organizations/{key}")
    ObjectNode organization(@PathVariable String projectId, @PathVariable String partner, @PathVariable String key) {
        OParlObjects objects = objects(projectId, partner);
        return objects.organizations().stream().filter(name -> OParlObjects.key(name).equals(key)).findFirst()
                .map(objects::organization).orElseThrow(() -> unknown("organization"));
    }

    /** OParl asks every body for its people; the consortium records none. */
    @GetMapping(BODY + "/persons")
    ObjectNode persons(@PathVariable String projectId, @PathVariable String partner,
                       @RequestParam(defaultValue = "1") int page) {
        decisions.of(projectId, partner);
        return list(List.of(), page, null, bodyId(projectId, partner) + "/persons");
    }

    @GetMapping(BODY + "/consultations/{key}")
    ObjectNode consultation(@PathVariable String projectId, @PathVariable String partner, @PathVariable String key) {
        OParlObjects objects = objects(projectId, partner);
        return objects.consultation(objects.resolution(key).orElseThrow(() -> unknown("consultation")));
    }

    @GetMapping(BODY + "/agenda-items/{key}")
    ObjectNode agendaItem(@PathVariable String projectId, @PathVariable String partner, @PathVariable String key) {
        OParlObjects objects = objects(projectId, partner);
        ResolutionView resolution = objects.resolution(key).orElseThrow(() -> unknown("agenda item"));
        List<ResolutionView> meeting = objects.meetings().get(OParlObjects.key(resolution.body(),
                resolution.sessionDate().toString()));
        return objects.agendaItem(resolution, meeting.indexOf(resolution) + 1);
    }

    private ObjectNode body(PublicDecisions.Council council) {
        String id = bodyId(council.projectId(), council.partnerCode());
        ObjectNode body = json.createObjectNode().put("id", id).put("type", OParlObjects.TYPES + "Body")
                .put("system", base() + "/system").put("name", council.name())
                .put("shortName", council.partnerCode()).put("ags", council.municipalKey())
                .put("organization", id + "/organizations").put("person", id + "/persons")
                .put("meeting", id + "/meetings").put("paper", id + "/papers")
                .put("consortium:project", council.projectId());
        body.putArray("legislativeTerm");
        Instant modified = OParlObjects.latest(council.resolutions());
        if (modified != null) {
            body.put("modified", modified.toString());
        }
        return body;
    }

    private OParlObjects objects(String projectId, String partner) {
        return new OParlObjects(json, bodyId(projectId, partner), decisions.of(projectId, partner),
                consortium.timeZone());
    }

    private static String bodyId(String projectId, String partner) {
        return base() + "/bodies/" + projectId + "/" + partner;
    }

    /** One page of a list, of the objects changed after {@code modifiedSince} if given; its links keep the filter. */
    private ObjectNode list(List<ObjectNode> all, int page, String modifiedSince, String self) {
        List<ObjectNode> objects = modifiedSince == null ? all : changedSince(all, modifiedSince);
        int from = Math.min(objects.size(), skipped(page));
        return list(objects.subList(from, Math.min(objects.size(), from + PAGE_SIZE)), objects.size(), page,
                modifiedSince, self);
    }

    /** How many objects come before the page (a page out of range is refused once the number of pages is known). */
    private static int skipped(int page) {
        return (int) Math.min(Integer.MAX_VALUE, (Math.max(1L, page) - 1) * PAGE_SIZE);
    }

    /** One page of a list of {@code total} objects: {@code objects} are the page's. */
    private ObjectNode list(List<ObjectNode> objects, long total, int page, String modifiedSince, String self) {
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw new IllegalArgumentException("'page' is 1 to " + pages + " here");
        }
        ObjectNode list = json.createObjectNode();
        ArrayNode data = list.putArray("data");
        objects.forEach(data::add);
        list.putObject("pagination").put("totalElements", total).put("elementsPerPage", PAGE_SIZE)
                .put("currentPage", page).put("totalPages", pages);
        Function<Integer, String> link = n -> {
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(self).queryParam("page", n);
            if (modifiedSince != null) {
                uri.queryParam("modified_since", modifiedSince);
            }
            return uri.build().toUriString();
        };
        ObjectNode links = list.putObject("links").put("first", link.apply(1)).put("last", link.apply(pages));
        if (page > 1) {
            links.put("prev", link.apply(page - 1));
        }
        if (page < pages) {
            links.put("next", link.apply(page + 1));
        }
        return list;
    }

    private static List<ObjectNode> changedSince(List<ObjectNode> objects, String modifiedSince) {
        Instant since;
        try {
            since = OffsetDateTime.parse(modifiedSince).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'modified_since' is a date-time such as 2026-01-01T00:00:00Z, not '"
                    + modifiedSince + "'");
        }
        List<ObjectNode> changed = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (object.hasNonNull("modified") && Instant.parse(object.get("modified").asText()).isAfter(since)) {
                changed.add(object);
            }
        }
        return changed;
    }

    private static UnknownReference unknown(String what) {
        return new UnknownReference("No such " + what + " here.");
    }
}
