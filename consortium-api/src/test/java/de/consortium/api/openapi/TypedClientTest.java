package de.consortium.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.consortium.api.ApiTest;
import de.consortium.client.ApiClient;
import de.consortium.client.ApiException;
import de.consortium.client.ApiResponse;
import de.consortium.client.api.ApplicationsApi;
import de.consortium.client.api.AuditApi;
import de.consortium.client.api.BudgetApi;
import de.consortium.client.api.CostPlansApi;
import de.consortium.client.api.CouncilResolutionsApi;
import de.consortium.client.api.DisbursementsApi;
import de.consortium.client.api.GrantDecisionsApi;
import de.consortium.client.api.PartnersApi;
import de.consortium.client.api.ProjectsApi;
import de.consortium.client.model.ApproveDisbursementRequest;
import de.consortium.client.model.CommandAccepted;
import de.consortium.client.model.Cost;
import de.consortium.client.model.FundingRate;
import de.consortium.client.model.JoinConsortiumRequest;
import de.consortium.client.model.Line;
import de.consortium.client.model.MeasureEntry;
import de.consortium.client.model.PartnerBudget;
import de.consortium.client.model.PartnerStage;
import de.consortium.client.model.PartnerStatus;
import de.consortium.client.model.PassCouncilResolutionRequest;
import de.consortium.client.model.PayDisbursementRequest;
import de.consortium.client.model.Period;
import de.consortium.client.model.Problem;
import de.consortium.client.model.RecordGrantDecisionRequest;
import de.consortium.client.model.RegisterProjectRequest;
import de.consortium.client.model.RequestDisbursementRequest;
import de.consortium.client.model.RequirementState;
import de.consortium.client.model.ResolutionOutcome;
import de.consortium.client.model.ResolutionSubject;
import de.consortium.client.model.SetCostPlanRequest;
import de.consortium.client.model.SubmitApplicationRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The contract proves itself: a client generated from docs/openapi.json (which is what /v3/api-docs serves) runs the
 * README's walk-through and the whole CUT case, and handles refusals by their rule id.
 */
class TypedClientTest extends ApiTest {

    private static final String WALK_THROUGH = "SC20-TYPED";
    private static final String MUNICH = "LHM";

    @LocalServerPort
    private int port;

    @Test
    void theReadmeWalkThroughRunsOnTheGeneratedClient() throws ApiException {
        ApiClient lead = client("lead");
        ApiClient munich = client("lhm");
        ApiClient approver = client("kfw-approver");

        CommandAccepted registered = new ProjectsApi(lead).registerProject(new RegisterProjectRequest()
                .projectId(WALK_THROUGH).title("Connected Urban Twins").programme("KfW 436 Modellprojekte Smart Cities")
                .leadPartner("FHH").applicationDeadline(LocalDate.of(2020, 5, 20))
                .runningTime(new Period().start(LocalDate.of(2021, 1, 1)).end(LocalDate.of(2025, 12, 31)))
                .measures(List.of(new MeasureEntry().code("M1").title("Urban data platforms & digital twins")))
                .registeredOn(LocalDate.of(2020, 5, 5)), null);
        assertThat(registered.getProjectId()).isEqualTo(WALK_THROUGH);
        PartnersApi partners = new PartnersApi(lead);
        partners.joinConsortium(WALK_THROUGH, join("FHH", "Freie und Hansestadt Hamburg", "02000000"), null);
        partners.joinConsortium(WALK_THROUGH, join("LE", "Stadt Leipzig", "14713000"), null);
        partners.joinConsortium(WALK_THROUGH, join(MUNICH, "Landeshauptstadt München", "09162000"), null);
        List<Line> lines = new ArrayList<>();
        String[][] plan = {{"2021", "1500000.00", "400000.00"}, {"2022", "1600000.00", "400000.00"},
                {"2023", "1600000.00", "400000.00"}, {"2024", "1600000.00", "350000.00"},
                {"2025", "1600000.00", "327692.31"}};
        for (String[] year : plan) {
            lines.add(new Line().year(Integer.valueOf(year[0])).costLine("2.1.1").eligibleCosts(new BigDecimal(year[1])));
            lines.add(new Line().year(Integer.valueOf(year[0])).costLine("2.1.3").eligibleCosts(new BigDecimal(year[2])));
        }
        new CostPlansApi(lead).setCostPlan(WALK_THROUGH, MUNICH, new SetCostPlanRequest()
                .fundingRate(FundingRate.STANDARD).decidedOn(LocalDate.of(2020, 5, 5)).lines(lines), null, null);

        ApplicationsApi applications = new ApplicationsApi(munich);
        SubmitApplicationRequest application = new SubmitApplicationRequest().submittedOn(LocalDate.of(2020, 5, 19));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> applications.submitApplication(WALK_THROUGH, MUNICH, application, null, null));
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(problem(munich, refused).getRule()).isEqualTo(Problem.RuleEnum.APPLICATION_NEEDS_COUNCIL_MANDATE);

        CouncilResolutionsApi council = new CouncilResolutionsApi(munich);
        council.passCouncilResolution(WALK_THROUGH, MUNICH, new PassCouncilResolutionRequest()
                .paperReference("14-20 / V 12345").title("Digitalisierungsstrategie der Landeshauptstadt München")
                .body("Vollversammlung des Stadtrates").sessionDate(LocalDate.of(2019, 7, 24)).publicSession(true)
                .subjects(Set.of(ResolutionSubject.STRATEGY_ADOPTION)).outcome(ResolutionOutcome.ADOPTED), null, null);
        council.passCouncilResolution(WALK_THROUGH, MUNICH, new PassCouncilResolutionRequest()
                .paperReference("14-20 / V 18416").title("Bewerbung für ein Modellprojekt Smart Cities")
                .body("Vollversammlung des Stadtrates").sessionDate(LocalDate.of(2020, 5, 13)).publicSession(true)
                .subjects(Set.of(ResolutionSubject.APPLICATION_APPROVAL, ResolutionSubject.OWN_SHARE_FINANCING))
                .outcome(ResolutionOutcome.ADOPTED)
                .motionsAnswered(List.of("14-20 / A 06936", "14-20 / A 06860", "14-20 / A 06864")), null, null);
        applications.submitApplication(WALK_THROUGH, MUNICH, application, null, null);
        new GrantDecisionsApi(approver).recordGrantDecision(WALK_THROUGH, MUNICH, new RecordGrantDecisionRequest()
                .decidedOn(LocalDate.of(2020, 12, 15)).awarded(true).grantAmount(new BigDecimal("6355500.00"))
                .reference("KfW 436 SC20-SFQRL"), null, null);

        RequestDisbursementRequest request = new RequestDisbursementRequest().requestId("LHM-2021-1")
                .requestedOn(LocalDate.of(2021, 7, 5)).periodStart(LocalDate.of(2021, 1, 1))
                .periodEnd(LocalDate.of(2021, 6, 30)).payoutDate(LocalDate.of(2021, 7, 31))
                .costs(List.of(new Cost().year(2021).costLine("2.1.1").amount(new BigDecimal("400000.00")),
                        new Cost().year(2021).costLine("2.1.3").amount(new BigDecimal("50000.00"))));
        DisbursementsApi disbursements = new DisbursementsApi(munich);
        ApiResponse<CommandAccepted> first = disbursements.requestDisbursementWithHttpInfo(WALK_THROUGH, MUNICH,
                request, "LHM-2021-1", null);
        ApiResponse<CommandAccepted> retry = disbursements.requestDisbursementWithHttpInfo(WALK_THROUGH, MUNICH,
                request, "LHM-2021-1", null);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(retry.getData()).isEqualTo(first.getData());
        assertThat(retry.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(first.getHeaders().get("Location").get(0))
                .endsWith("/api/projects/SC20-TYPED/partners/LHM/disbursements/LHM-2021-1");

        // the partner's status is a read model, a moment behind the commands; its version is the event store's
        ApiResponse<PartnerStatus> seen = await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                new PartnersApi(approver).getPartnerWithHttpInfo(WALK_THROUGH, MUNICH, null), response -> true);
        String etag = seen.getHeaders().get("ETag").get(0);
        assertThat(etag).isEqualTo("\"" + seen.getData().getVersion() + "\"");
        CommandAccepted approved = new DisbursementsApi(approver).approveDisbursement(WALK_THROUGH, MUNICH,
                "LHM-2021-1", new ApproveDisbursementRequest().approvedOn(LocalDate.of(2021, 7, 20)), null, etag);
        assertThat(approved.getRequestId()).isEqualTo("LHM-2021-1");
        ApiException stale = catchThrowableOfType(ApiException.class, () -> new DisbursementsApi(client("kfw-payer"))
                .payDisbursement(WALK_THROUGH, MUNICH, "LHM-2021-1",
                        new PayDisbursementRequest().paidOn(LocalDate.of(2021, 7, 31)), null, etag));
        assertThat(stale.getCode()).isEqualTo(412);
        new DisbursementsApi(client("kfw-payer")).payDisbursement(WALK_THROUGH, MUNICH, "LHM-2021-1",
                new PayDisbursementRequest().paidOn(LocalDate.of(2021, 7, 31)), null, null);

        ApiClient auditor = client("auditor");
        // read models are asynchronous: until Munich's row is there, finding it fails too, and is tried again
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
            PartnerBudget budget = new BudgetApi(auditor).getBudget(WALK_THROUGH, null, null).getPartners().stream()
                    .filter(partner -> partner.getPartnerCode().equals(MUNICH)).findFirst().orElseThrow();
            assertThat(budget.getEligibleCosts()).isEqualByComparingTo("9777692.31");
            assertThat(budget.getGrant()).isEqualByComparingTo("6355500.00");
            assertThat(budget.getOwnShare()).isEqualByComparingTo("3422192.31");
            assertThat(budget.getDrawdown().getPaid()).isEqualByComparingTo("292500.00");
        });
        assertThat(new ProjectsApi(auditor).getProjectStatus(WALK_THROUGH, null, null).getPartners())
                .filteredOn(partner -> partner.getPartnerCode().equals(MUNICH))
                .extracting(PartnerStatus::getStage).containsExactly(PartnerStage.FUNDED);
        assertThat(new CouncilResolutionsApi(auditor).getResolutions(WALK_THROUGH, null, null).getPartners().stream()
                .filter(partner -> partner.getPartnerCode().equals(MUNICH)).flatMap(p -> p.getRequired().stream())
                .map(required -> required.getState()).toList()).containsOnly(RequirementState.SATISFIED).hasSize(3);
        assertThat(new AuditApi(auditor).verifyAuditChain().getIntact()).isTrue();
    }

    /**
     * Every step of the CUT scenario, each sent through the generated method named by its command and with its
     * body read into the generated request type; the step's user acts (Hamburg's project lead is "lead").
     */
    @Test
    void theWholeCutCaseRunsOnTheGeneratedClient() throws Exception {
        ObjectMapper mapper = new ApiClient().getObjectMapper();
        JsonNode scenario;
        try (InputStream in = new ClassPathResource("scenarios/cut.json").getInputStream()) {
            scenario = mapper.readTree(in);
        }
        String project = "SC20-CUT-TYPED";
        int sent = 0;
        for (JsonNode step : scenario.path("steps")) {
            JsonNode body = step.path("body").deepCopy();
            if (body.has("projectId")) {
                ((ObjectNode) body).put("projectId", project);
            }
            String user = step.path("as").asText().equals("fhh") ? "lead" : step.path("as").asText();
            Method method = operation(ScenarioExamples.operationId(step.path("command").asText()));
            Object api = method.getDeclaringClass().getConstructor(ApiClient.class).newInstance(client(user));
            List<Object> arguments = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                arguments.add(switch (parameter.getName()) {
                    case "projectId" -> project;
                    case "partner" -> step.path("partner").asText();
                    case "requestId", "proofId", "claimId" -> step.path("id").asText();
                    case "idempotencyKey", "ifMatch" -> null;
                    default -> mapper.treeToValue(body, parameter.getType());
                });
            }
            try {
                CommandAccepted accepted = (CommandAccepted) method.invoke(api, arguments.toArray());
                assertThat(accepted.getProjectId()).isEqualTo(project);
            } catch (InvocationTargetException e) {
                throw new AssertionError(step.path("command").asText() + " " + step.path("partner").asText()
                        + ": " + ((ApiException) e.getCause()).getResponseBody(), e.getCause());
            }
            sent++;
        }
        assertThat(sent).isEqualTo(scenario.path("steps").size()).isEqualTo(40);
        ApiClient auditor = client("auditor");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(new BudgetApi(auditor)
                .getBudget(project, null, null).getGrant()).isEqualByComparingTo("21073500.00"));
    }

    private static Method operation(String operationId) {
        for (Class<?> api : List.of(ProjectsApi.class, PartnersApi.class, CostPlansApi.class,
                CouncilResolutionsApi.class, ApplicationsApi.class, GrantDecisionsApi.class, DisbursementsApi.class)) {
            for (Method method : api.getMethods()) {
                if (method.getName().equals(operationId) && method.getParameterTypes()[method.getParameterCount()
                        - 1] != Map.class) {
                    return method;
                }
            }
        }
        throw new AssertionError("no generated method " + operationId);
    }

    private ApiClient client(String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-demo")
                .getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
    }

    private static JoinConsortiumRequest join(String code, String name, String municipalKey) {
        return new JoinConsortiumRequest().partnerCode(code).name(name).municipalKey(municipalKey)
                .joinedOn(LocalDate.of(2020, 5, 5));
    }

    private static Problem problem(ApiClient client, ApiException refusal) {
        try {
            return client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
