package de.consortium.api.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.resolution.CouncilRecord;
import de.consortium.domain.resolution.PassCouncilResolution;
import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.Votes;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a partner's council decided on the papers it follows and maps each decision to the command that records
 * it, or to the reason it cannot be recorded as it is. Reads everything first: an unreadable answer stops the whole
 * read, so that nothing is half-imported.
 */
final class CouncilDecisions {

    /** A decision found: the command to send, or why there is none. */
    record Found(String paper, String reference, String agendaItem, PassCouncilResolution command, String skipped) {
    }

    /** Everything read: the decisions, the newest change seen, and the papers to look at again next time. */
    record Read(List<Found> decisions, Instant newest, Set<String> pending, int papersRead, int notFollowed) {
    }

    private final OParlClient client;
    private final OParlProperties properties;
    private final OParlProperties.Source source;
    private final ZoneId zone;
    private final List<Found> decisions = new ArrayList<>();
    private final Set<String> pending = new LinkedHashSet<>();
    private Instant newest;
    private int notFollowed;

    CouncilDecisions(OParlClient client, OParlProperties properties, OParlProperties.Source source, ZoneId zone) {
        this.client = client;
        this.properties = properties;
        this.source = source;
        this.zone = zone;
    }

    Read read(Instant modifiedSince, Set<String> pendingBefore) throws OParlUnreadable {
        newest = modifiedSince;
        JsonNode body = client.object(source.body().toString());
        String paperList = text(body, "paper")
                .orElseThrow(() -> new OParlUnreadable(source.body() + " names no list of papers ('paper')"));
        List<JsonNode> papers = new ArrayList<>(client.list(paperList, modifiedSince));
        Set<String> listed = new LinkedHashSet<>();
        papers.forEach(paper -> listed.add(paper.path("id").asText()));
        for (String again : pendingBefore) {
            if (!listed.contains(again)) {
                papers.add(client.object(again));
            }
        }
        for (JsonNode paper : papers) {
            readPaper(paper);
        }
        return new Read(List.copyOf(decisions), newest, Set.copyOf(pending), papers.size(), notFollowed);
    }

    private void readPaper(JsonNode paper) throws OParlUnreadable {
        String id = text(paper, "id").orElseThrow(() -> new OParlUnreadable("a paper without id"));
        modified(paper).ifPresent(modified -> newest = newest == null || modified.isAfter(newest) ? modified : newest);
        Optional<String> reference = text(paper, "reference");
        Optional<OParlProperties.FollowedPaper> followed = reference.flatMap(source::follows);
        if (followed.isEmpty()) {
            notFollowed++;
            return;
        }
        if (paper.path("deleted").asBoolean(false)) {
            skip(id, reference.get(), null, "deleted in the council's system; what was recorded from it stays");
            return;
        }
        JsonNode consultations = paper.path("consultation");
        if (!consultations.isArray() || consultations.isEmpty()) {
            pending.add(id);
            skip(id, reference.get(), null, "no consultation yet");
            return;
        }
        for (JsonNode consultation : consultations) {
            readConsultation(paper, followed.get(), consultation.isTextual()
                    ? client.object(consultation.asText()) : consultation);
        }
    }

    private void readConsultation(JsonNode paper, OParlProperties.FollowedPaper followed, JsonNode consultation)
            throws OParlUnreadable {
        String id = paper.path("id").asText();
        String reference = followed.reference();
        if (consultation.path("deleted").asBoolean(false)) {
            return;
        }
        Optional<String> itemAddress = text(consultation, "agendaItem");
        if (itemAddress.isEmpty()) {
            pending.add(id);
            skip(id, reference, null, "the consultation names no agenda item yet");
            return;
        }
        JsonNode item = client.object(itemAddress.get());
        Optional<String> result = text(item, "result");
        if (result.isEmpty()) {
            pending.add(id);
            skip(id, reference, itemAddress.get(), "not decided yet (the agenda item has no result)");
            return;
        }
        Optional<ResolutionOutcome> outcome = properties.outcome(result.get());
        if (outcome.isEmpty()) {
            skip(id, reference, itemAddress.get(), "the result '" + result.get() + "' is not known; name its"
                    + " meaning in consortium.oparl.results");
            return;
        }
        if (!item.path("public").isBoolean()) {
            skip(id, reference, itemAddress.get(), "the agenda item does not say whether it was public");
            return;
        }
        Optional<String> meetingAddress = text(consultation, "meeting").or(() -> text(item, "meeting"));
        if (meetingAddress.isEmpty()) {
            skip(id, reference, itemAddress.get(), "neither consultation nor agenda item names the meeting");
            return;
        }
        JsonNode meeting = client.object(meetingAddress.get());
        Optional<LocalDate> sessionDate = text(meeting, "start").flatMap(this::day);
        if (sessionDate.isEmpty()) {
            skip(id, reference, itemAddress.get(), "the meeting has no start that is a date-time");
            return;
        }
        Optional<String> decidingBody = firstOf(consultation, "organization").or(() -> firstOf(meeting,
                "organization"));
        Optional<String> bodyName = decidingBody.isEmpty() ? Optional.empty()
                : text(client.object(decidingBody.get()), "name");
        if (bodyName.isEmpty()) {
            skip(id, reference, itemAddress.get(), "no deciding organization with a name");
            return;
        }
        try {
            decisions.add(new Found(id, reference, itemAddress.get(), new PassCouncilResolution(
                    new PartnerId(source.project(), source.partner()), reference, text(paper, "name").orElse(null),
                    bodyName.get(), sessionDate.get(), item.path("public").asBoolean(), followed.subjects(),
                    outcome.get(), votes(item), List.of(), null, new CouncilRecord(id, itemAddress.get(),
                    files(paper, item), text(item, "resolutionText").orElse(null))), null));
        } catch (IllegalArgumentException e) {
            skip(id, reference, itemAddress.get(), e.getMessage());
        }
    }

    /** Votes are no part of OParl 1.1; the consortium's own OParl view gives them as {@code consortium:votes}. */
    private static Votes votes(JsonNode item) {
        JsonNode votes = item.path("consortium:votes");
        if (!votes.isObject()) {
            return null;
        }
        return new Votes(count(votes, "inFavour"), count(votes, "against"), count(votes, "abstentions"));
    }

    private static Integer count(JsonNode votes, String field) {
        return votes.path(field).isInt() ? votes.path(field).asInt() : null;
    }

    private static List<String> files(JsonNode paper, JsonNode item) {
        List<String> files = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        all.add(paper.path("mainFile"));
        paper.path("auxiliaryFile").forEach(all::add);
        all.add(item.path("resolutionFile"));
        for (JsonNode file : all) {
            text(file, "accessUrl").ifPresent(files::add);
        }
        return files;
    }

    /** The day of a meeting's start where the consortium judges dates (an OParl date-time has its offset). */
    private Optional<LocalDate> day(String dateTime) {
        try {
            return Optional.of(OffsetDateTime.parse(dateTime).atZoneSameInstant(zone).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> modified(JsonNode object) throws OParlUnreadable {
        Optional<String> modified = text(object, "modified");
        try {
            return modified.map(text -> OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            throw new OParlUnreadable(object.path("id").asText() + " has a 'modified' that is no date-time: "
                    + modified.get(), e);
        }
    }

    private static Optional<String> firstOf(JsonNode object, String field) {
        JsonNode list = object.path(field);
        return list.isArray() && !list.isEmpty() && list.get(0).isTextual() ? Optional.of(list.get(0).asText())
                : Optional.empty();
    }

    private static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    private void skip(String paper, String reference, String agendaItem, String why) {
        decisions.add(new Found(paper, reference, agendaItem, null, why));
    }
}
