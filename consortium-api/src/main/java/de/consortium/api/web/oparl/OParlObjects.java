package de.consortium.api.web.oparl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.projections.resolution.ResolutionView;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A partner's public resolutions as OParl 1.1 objects: each resolution is a consultation of its paper and an agenda
 * item of a meeting (its deciding body on its session day), with the result in the words councils use. Votes and
 * subjects go as the documented extensions {@code consortium:votes} and {@code consortium:subjects}. Objects are
 * named by keys made from what identifies them (reference; body and day), so their addresses stay stable.
 */
final class OParlObjects {

    static final String TYPES = "https://schema.oparl.org/1.1/";
    private static final Map<ResolutionOutcome, String> RESULTS = Map.of(
            ResolutionOutcome.ADOPTED, "beschlossen",
            ResolutionOutcome.ADOPTED_AS_AMENDED, "geändert beschlossen",
            ResolutionOutcome.REJECTED, "abgelehnt",
            ResolutionOutcome.DEFERRED, "vertagt",
            ResolutionOutcome.NOTED, "zur Kenntnis genommen");

    private final ObjectMapper json;
    private final String bodyId;
    private final PublicDecisions.Council council;
    private final ZoneId zone;

    OParlObjects(ObjectMapper json, String bodyId, PublicDecisions.Council council, ZoneId zone) {
        this.json = json;
        this.bodyId = bodyId;
        this.council = council;
        this.zone = zone;
    }

    static String key(String... parts) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", parts)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The papers, each with the consultations of its resolutions, in the order their first session came. */
    Map<String, List<ResolutionView>> papers() {
        return council.resolutions().stream().sorted(Comparator.comparing(ResolutionView::sessionDate))
                .collect(Collectors.groupingBy(ResolutionView::paperReference, LinkedHashMap::new,
                        Collectors.toList()));
    }

    Map<String, List<ResolutionView>> meetings() {
        return council.resolutions().stream().sorted(Comparator.comparing(ResolutionView::sessionDate))
                .collect(Collectors.groupingBy(r -> key(r.body(), r.sessionDate().toString()), LinkedHashMap::new,
                        Collectors.toList()));
    }

    List<String> organizations() {
        return council.resolutions().stream().map(ResolutionView::body).distinct().sorted().toList();
    }

    ObjectNode paper(String reference, List<ResolutionView> resolutions) {
        ObjectNode paper = object(bodyId + "/papers/" + key(reference), "Paper", latest(resolutions));
        paper.put("body", bodyId).put("reference", reference);
        resolutions.stream().map(ResolutionView::title).filter(title -> title != null).findFirst()
                .ifPresent(title -> paper.put("name", title));
        ArrayNode consultations = paper.putArray("consultation");
        resolutions.forEach(resolution -> consultations.add(consultation(resolution)));
        ArrayNode subjects = paper.putArray("consortium:subjects");
        resolutions.stream().flatMap(r -> r.subjects().stream()).distinct().sorted()
                .forEach(subject -> subjects.add(subject.name()));
        resolutions.stream().filter(r -> r.councilRecord() != null).findFirst()
                .ifPresent(r -> paper.put("consortium:councilRecord", r.councilRecord().paper()));
        return paper;
    }

    ObjectNode consultation(ResolutionView resolution) {
        ObjectNode consultation = object(bodyId + "/consultations/" + resolutionKey(resolution), "Consultation",
                resolution.recordedAt());
        consultation.put("paper", bodyId + "/papers/" + key(resolution.paperReference()))
                .put("agendaItem", agendaItemId(resolution))
                .put("meeting", meetingId(resolution.body(), resolution.sessionDate().toString()))
                .put("authoritative", true).put("role", "Beschlussfassung");
        consultation.putArray("organization").add(organizationId(resolution.body()));
        return consultation;
    }

    ObjectNode agendaItem(ResolutionView resolution, int order) {
        ObjectNode item = object(agendaItemId(resolution), "AgendaItem", resolution.recordedAt());
        item.put("meeting", meetingId(resolution.body(), resolution.sessionDate().toString()))
                .put("order", order)
                .put("name", resolution.title() != null ? resolution.title() : resolution.paperReference())
                .put("public", resolution.publicSession())
                .put("consultation", bodyId + "/consultations/" + resolutionKey(resolution))
                .put("result", RESULTS.get(resolution.outcome()));
        if (resolution.councilRecord() != null && resolution.councilRecord().resolutionText() != null) {
            item.put("resolutionText", resolution.councilRecord().resolutionText());
        }
        if (resolution.votesInFavour() != null || resolution.votesAgainst() != null
                || resolution.abstentions() != null) {
            ObjectNode votes = item.putObject("consortium:votes");
            Optional.ofNullable(resolution.votesInFavour()).ifPresent(n -> votes.put("inFavour", n));
            Optional.ofNullable(resolution.votesAgainst()).ifPresent(n -> votes.put("against", n));
            Optional.ofNullable(resolution.abstentions()).ifPresent(n -> votes.put("abstentions", n));
        }
        return item;
    }

    ObjectNode meeting(List<ResolutionView> resolutions) {
        ResolutionView first = resolutions.get(0);
        ObjectNode meeting = object(meetingId(first.body(), first.sessionDate().toString()), "Meeting",
                latest(resolutions));
        meeting.put("name", first.body() + ", " + first.sessionDate())
                .put("start", first.sessionDate().atStartOfDay(zone).toOffsetDateTime().toString());
        meeting.putArray("organization").add(organizationId(first.body()));
        ArrayNode items = meeting.putArray("agendaItem");
        for (int i = 0; i < resolutions.size(); i++) {
            items.add(agendaItem(resolutions.get(i), i + 1));
        }
        return meeting;
    }

    ObjectNode organization(String name) {
        ObjectNode organization = object(organizationId(name), "Organization", null);
        organization.put("body", bodyId).put("name", name).put("organizationType", "Gremium")
                .put("classification", "Beschlussorgan");
        return organization;
    }

    Optional<ResolutionView> resolution(String key) {
        return council.resolutions().stream().filter(r -> resolutionKey(r).equals(key)).findFirst();
    }

    String meetingId(String body, String day) {
        return bodyId + "/meetings/" + key(body, day);
    }

    String organizationId(String name) {
        return bodyId + "/organizations/" + key(name);
    }

    private String agendaItemId(ResolutionView resolution) {
        return bodyId + "/agenda-items/" + resolutionKey(resolution);
    }

    static String resolutionKey(ResolutionView resolution) {
        return key(resolution.paperReference(), resolution.body(), resolution.sessionDate().toString());
    }

    static Instant latest(List<ResolutionView> resolutions) {
        return resolutions.stream().map(ResolutionView::recordedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private ObjectNode object(String id, String type, Instant modified) {
        ObjectNode object = json.createObjectNode().put("id", id).put("type", TYPES + type);
        if (modified != null) {
            object.put("modified", modified.toString());
        }
        return object;
    }
}
