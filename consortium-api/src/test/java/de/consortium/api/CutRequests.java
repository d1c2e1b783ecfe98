package de.consortium.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.consortium.domain.CutCase;
import de.consortium.domain.costplan.CostPlanLine;
import de.consortium.domain.disbursement.IncurredCost;
import de.consortium.domain.disbursement.RequestDisbursement;
import de.consortium.domain.grant.GrantAwarded;
import de.consortium.domain.money.Money;
import de.consortium.domain.partner.PartnerJoinedConsortium;
import de.consortium.domain.project.ProjectRegistered;
import de.consortium.domain.resolution.CouncilResolutionPassed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CUT case as clients send it: the bodies render {@link CutCase}, the fixture every module's tests share, as
 * the REST API takes it (the README's walk-through sends the same figures). {@code %s} stands for the project id,
 * so that tests sharing a server do not share a project.
 */
public final class CutRequests {

    /** On one line, each name followed by ": " as people write JSON, so that tests can replace a value in it. */
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("", ""))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)))
            .enable(SerializationFeature.INDENT_OUTPUT);

    public static final String REGISTER = register(CutCase.registered());
    public static final String JOIN_HAMBURG = join(CutCase.hamburgJoined());
    public static final String JOIN_LEIPZIG = join(CutCase.leipzigJoined());
    public static final String JOIN_MUNICH = join(CutCase.munichJoined());
    public static final String MUNICH_COST_PLAN = json(Map.of("fundingRate", CutCase.setMunichPlan().fundingRate(),
            "decidedOn", CutCase.setMunichPlan().decidedOn().toString(),
            "lines", CutCase.munichLines().stream().map(CutRequests::line).toList()));
    public static final String MUNICH_RESOLUTION = resolution(CutCase.munichMandate());
    /** Illustrative: the seeds name Munich's strategy but not the paper or date of its adoption. */
    public static final String MUNICH_STRATEGY = resolution(CutCase.munichStrategy());
    public static final String MUNICH_APPLICATION = json(Map.of("submittedOn",
            CutCase.munichApplied().submittedOn().toString()));
    public static final String MUNICH_GRANT = grant(CutCase.munichGranted());
    public static final String MUNICH_FIRST_REQUEST = request(CutCase.firstRequest("LHM-2021-1",
            Money.ofEuros("400000.00")));

    private CutRequests() {
    }

    /**
     * Registers the project with its three partners and takes Munich up to its grant, each step sent by the one
     * who may: the consortium lead, Munich's project lead, the funder.
     */
    public static void munichFunded(HttpClient http, String projectId) {
        String partner = "/api/projects/" + projectId + "/partners";
        HttpClient lead = http.as("lead");
        HttpClient munich = http.as("lhm");
        lead.command("/api/projects", REGISTER.formatted(projectId));
        lead.command(partner, JOIN_HAMBURG);
        lead.command(partner, JOIN_LEIPZIG);
        lead.command(partner, JOIN_MUNICH);
        lead.command(partner + "/LHM/cost-plan", MUNICH_COST_PLAN);
        munich.command(partner + "/LHM/pass-council-resolution", MUNICH_STRATEGY);
        munich.command(partner + "/LHM/pass-council-resolution", MUNICH_RESOLUTION);
        munich.command(partner + "/LHM/submit-application", MUNICH_APPLICATION);
        http.as("kfw-approver").command(partner + "/LHM/record-grant-decision", MUNICH_GRANT);
    }

    private static String register(ProjectRegistered project) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", "%s");
        body.put("title", project.title());
        body.put("programme", project.programme());
        body.put("leadPartner", project.leadPartner());
        body.put("applicationDeadline", project.applicationDeadline().toString());
        body.put("runningTime", Map.of("start", project.runningTime().start().toString(),
                "end", project.runningTime().end().toString()));
        body.put("measures", project.measures().stream()
                .map(measure -> Map.of("code", measure.code(), "title", measure.title())).toList());
        body.put("registeredOn", project.registeredOn().toString());
        return json(body);
    }

    private static String join(PartnerJoinedConsortium joined) {
        return json(Map.of("partnerCode", joined.partnerId().partnerCode(), "name", joined.name(),
                "municipalKey", joined.municipalKey(), "joinedOn", joined.joinedOn().toString()));
    }

    private static Map<String, Object> line(CostPlanLine line) {
        return Map.of("year", line.year(), "costLine", line.costLine().code(), "eligibleCosts",
                line.eligibleCosts().euros(), "phase", line.phase());
    }

    private static String resolution(CouncilResolutionPassed resolution) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paperReference", resolution.paperReference());
        body.put("title", resolution.title());
        body.put("body", resolution.body());
        body.put("sessionDate", resolution.sessionDate().toString());
        body.put("publicSession", resolution.publicSession());
        body.put("subjects", resolution.subjects().stream().sorted().toList());
        body.put("outcome", resolution.outcome());
        body.put("votes", resolution.votes());
        body.put("motionsAnswered", resolution.motionsAnswered());
        return json(body);
    }

    private static String grant(GrantAwarded grant) {
        return json(Map.of("decidedOn", grant.decidedOn().toString(), "awarded", true,
                "grantAmount", grant.grantAmount().euros(), "reference", grant.reference()));
    }

    private static String request(RequestDisbursement request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", request.requestId());
        body.put("requestedOn", request.requestedOn().toString());
        body.put("periodStart", request.periodStart().toString());
        body.put("periodEnd", request.periodEnd().toString());
        body.put("payoutDate", request.payoutDate().toString());
        body.put("phase", request.phase());
        body.put("finalInstallment", request.finalInstallment());
        body.put("costs", request.costs().stream().map(CutRequests::cost).toList());
        return json(body);
    }

    private static Map<String, Object> cost(IncurredCost cost) {
        return Map.of("year", cost.year(), "costLine", cost.costLine().code(), "amount", cost.amount().euros());
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
