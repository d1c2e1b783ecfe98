package de.consortium.api.web.calendar;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deadlines as calendars, read back with a maintained iCalendar parser (ical4j). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlinesCalendarTest extends ApiTest {

    private static final String PROJECT = "SC20-ICAL";

    @Autowired
    private TestRestTemplate rest;

    @BeforeAll
    void munichRequestsItsFirstPayout() {
        HttpClient http = new HttpClient(rest);
        CutRequests.munichFunded(http, PROJECT);
        http.as("lhm").command("/api/projects/" + PROJECT + "/partners/LHM/request-disbursement",
                CutRequests.MUNICH_FIRST_REQUEST);
    }

    @Test
    void theProjectsCalendarHasAnEventForEveryOpenDeadline() throws Exception {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(project())).hasSize(5));
        List<VEvent> events = events(project());
        assertThat(events).extracting(event -> text(event, Property.SUMMARY)).containsExactlyInAnyOrder(
                "Antrag einreichen – Freie und Hansestadt Hamburg",
                "Antrag einreichen – Stadt Leipzig",
                "Auszahlung Mittelabruf LHM-2021-1 – Landeshauptstadt München",
                "Ende der Laufzeit – ganzes Projekt",
                "Verwendungsnachweis Phase B – Landeshauptstadt München");
        VEvent payout = events.stream().filter(event -> text(event, Property.CATEGORIES).equals("PAYOUT"))
                .findFirst().orElseThrow();
        assertThat(text(payout, Property.DTSTART)).isEqualTo("20210731");
        assertThat(text(payout, Property.DTEND)).isEqualTo("20210801");
        assertThat(text(payout, Property.DESCRIPTION)).endsWith("Landeshauptstadt München: überfällig");
        assertThat(text(payout, Property.UID)).isEqualTo("SC20-ICAL-LHM-PAYOUT-LHM-2021-1@consortium-backend");
        assertThat(events(project())).as("the same ids on every fetch, so calendars update, not duplicate")
                .extracting(event -> text(event, Property.UID))
                .containsExactlyInAnyOrderElementsOf(events.stream().map(event -> text(event, Property.UID)).toList());
    }

    @Test
    void aPartnersCalendarHasItsOwnDeadlinesAndTheEndOfTheRunningTime() throws Exception {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(partner("LHM"))).hasSize(3));
        assertThat(events(partner("LHM"))).extracting(event -> text(event, Property.CATEGORIES))
                .containsExactlyInAnyOrder("PAYOUT", "PROOF_OF_USE", "RUNNING_TIME_END");
        ResponseEntity<String> unknown = http.as("dashboard").get("/api/projects/" + PROJECT
                + "/partners/XX/deadlines.ics");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(http.as("le").get("/api/projects/SC20-NONE/deadlines.ics").getStatusCode().value())
                .isEqualTo(403);
    }

    private String project() {
        return calendar("/api/projects/" + PROJECT + "/deadlines.ics");
    }

    private String partner(String code) {
        return calendar("/api/projects/" + PROJECT + "/partners/" + code + "/deadlines.ics");
    }

    private String calendar(String path) {
        ResponseEntity<String> answer = http.as("dashboard").get(path);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).hasToString("text/calendar;charset=UTF-8");
        return answer.getBody();
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
