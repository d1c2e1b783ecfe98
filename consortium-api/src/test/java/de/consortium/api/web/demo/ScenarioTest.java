package de.consortium.api.web.demo;

import de.consortium.api.OwnDataDirectory;
import java.math.BigDecimal;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.DocumentContext;
import de.consortium.api.HttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo scenarios load at start through the command bus and fill the read models. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "consortium.demo.scenarios=cut,ostwuerttemberg")
class ScenarioTest {

    private static final String CUT = "/api/projects/SC20-SFQRL";
    private static final String OSTWUE = "/api/projects/SC21-OSTWUE";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ScenarioLoader loader;
    private HttpClient http;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        OwnDataDirectory.register(registry, "demo");
    }

    private static boolean loaded;

    @BeforeEach
    void awaitReadModels() {
        http = new HttpClient(rest);
        if (loaded) {
            return;
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(http.read(CUT + "/disbursements").read("$.disbursements[*].requestId", List.class)).hasSize(9);
            assertThat(http.read(OSTWUE + "/disbursements").read("$.repaymentClaims[*].claimId", List.class))
                    .hasSize(1);
            assertThat(http.read(CUT + "/budget").read("$.partners[*].drawdown.granted", List.class)).hasSize(3);
            assertThat(http.read(CUT).read("$.stage", String.class)).isEqualTo("FUNDED");
        });
        loaded = true;
    }

    /** The seed's cost and financing plan (docs/domain.md), every year and line, to the cent. */
    @ParameterizedTest(name = "{0} line {1}: {2}")
    @CsvSource({
            "2021, 2.1.1, 2989576.30", "2022, 2.1.1, 3131055.80", "2023, 2.1.1, 3149747.50",
            "2024, 2.1.1, 3168761.80", "2025, 2.1.1, 3188028.50",
            "2021, 2.1.2, 244565.70", "2022, 2.1.2, 287861.20", "2023, 2.1.2, 290351.50",
            "2024, 2.1.2, 292886.20", "2025, 2.1.2, 295454.50",
            "2021, 2.1.3, 1003802.80", "2022, 2.1.3, 1378802.80", "2023, 2.1.3, 1178802.80",
            "2024, 2.1.3, 1128802.80", "2025, 2.1.3, 928802.80",
            "2021, 2.1.4, 112396.20", "2022, 2.1.4, 112396.20", "2023, 2.1.4, 112396.20",
            "2024, 2.1.4, 112396.20", "2025, 2.1.4, 112396.20",
            "2021, 2.1.5, 933054.00", "2022, 2.1.5, 1089179.00", "2023, 2.1.5, 1040435.00",
            "2024, 2.1.5, 961714.00", "2025, 2.1.5, 964655.92",
            "2021, 2.1.6, 50000.00", "2022, 2.1.6, 50000.00", "2023, 2.1.6, 50000.00",
            "2024, 2.1.6, 50000.00", "2025, 2.1.6, 50000.00",
            "2021, 2.1.7, 53500.00", "2022, 2.1.7, 60500.00", "2023, 2.1.7, 70500.00",
            "2024, 2.1.7, 65500.00", "2025, 2.1.7, 70500.00",
            "2021, 2.2.1, 510000.00", "2022, 2.2.1, 340000.00", "2023, 2.2.1, 480000.00",
            "2024, 2.2.1, 480000.00", "2025, 2.2.1, 480000.00",
            "2022, 2.2.2, 50000.00", "2023, 2.2.2, 50000.00",
            "2021, 2.2.3, 165000.00", "2022, 2.2.3, 184000.00", "2023, 2.2.3, 140000.00",
            "2024, 2.2.3, 140000.00", "2025, 2.2.3, 129947.31",
            "2021, 2.2.4, 90000.00", "2022, 2.2.4, 80000.00", "2023, 2.2.4, 60000.00",
            "2024, 2.2.4, 60000.00", "2025, 2.2.4, 50000.00",
            "2022, 2.2.5, 51000.00", "2023, 2.2.5, 51000.00", "2024, 2.2.5, 51000.00"})
    void theBudgetReproducesEveryLineOfTheSeedsPlan(int year, String costLine, String planned) {
        List<Object> cell = http.read(CUT + "/budget").read(
                "$.years[?(@.year == " + year + ")].lines[?(@.costLine == '" + costLine + "')].plannedCosts");
        assertThat(cell).hasSize(1);
        assertThat(new BigDecimal(cell.get(0).toString())).isEqualByComparingTo(planned);
    }

    @ParameterizedTest(name = "{0}: eligible {1}, grant {2}, own share {3}")
    @CsvSource({
            "2021, 6151895.00, 3998731.75, 2153163.25",
            "2022, 6814795.00, 4429616.75, 2385178.25",
            "2023, 6673233.00, 4337601.45, 2335631.55",
            "2024, 6511061.00, 4232189.65, 2278871.35",
            "2025, 6269785.23, 4075360.40, 2194424.83"})
    void theBudgetReproducesGrantAndOwnSharePerYear(int year, String eligible, String grant, String ownShare) {
        DocumentContext budget = http.read(CUT + "/budget");
        String path = "$.years[?(@.year == " + year + ")].";
        assertThat(amount(budget, path + "eligibleCosts")).isEqualByComparingTo(eligible);
        assertThat(amount(budget, path + "grant")).isEqualByComparingTo(grant);
        assertThat(amount(budget, path + "ownShare")).isEqualByComparingTo(ownShare);
    }

    /** R1.1: in the project and in each partner, the lines add up to their year and the years to the total. */
    @Test
    void everyRowAndColumnOfTheBudgetAddsUpToTheCent() throws IOException {
        JsonNode budget = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(http.read(CUT + "/budget").jsonString());
        List<JsonNode> plans = new ArrayList<>(List.of(budget));
        budget.path("partners").forEach(plans::add);
        assertThat(plans).hasSize(4);
        for (JsonNode plan : plans) {
            for (String[] sum : new String[][]{{"eligibleCosts", "plannedCosts"}, {"grant", "grant"},
                    {"ownShare", "ownShare"}}) {
                assertThat(sum(plan.path("years"), sum[0])).as(sum[0]).isEqualByComparingTo(plan.path(sum[0])
                        .decimalValue());
                for (JsonNode year : plan.path("years")) {
                    assertThat(sum(year.path("lines"), sum[1])).as(year.path("year") + " " + sum[1])
                            .isEqualByComparingTo(year.path(sum[0]).decimalValue());
                }
            }
        }
    }

    private static BigDecimal sum(JsonNode items, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : items) {
            sum = sum.add(item.path(field).decimalValue());
        }
        return sum;
    }

    @Test
    void theBudgetReproducesTheTotalsOfTheProjectAndOfMunich() {
        DocumentContext budget = http.read(CUT + "/budget");
        assertThat(new BigDecimal(budget.read("$.eligibleCosts").toString())).isEqualByComparingTo("32420769.23");
        assertThat(new BigDecimal(budget.read("$.grant").toString())).isEqualByComparingTo("21073500.00");
        assertThat(new BigDecimal(budget.read("$.ownShare").toString())).isEqualByComparingTo("11347269.23");
        String munich = "$.partners[?(@.partnerCode == 'LHM')].";
        assertThat(amount(budget, munich + "eligibleCosts")).isEqualByComparingTo("9777692.31");
        assertThat(amount(budget, munich + "grant")).isEqualByComparingTo("6355500.00");
        assertThat(amount(budget, munich + "ownShare")).isEqualByComparingTo("3422192.31");
    }

    @Test
    void theResolutionsOfTheSeedsAreThereWithTheirVotes() {
        // these read models are built by processors of their own: wait for them too
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            DocumentContext resolutions = http.read(CUT + "/resolutions");
            assertThat(resolutions.read("$.partners[?(@.partnerCode == 'LE')].resolutions[?(@.sessionDate == '2020-04-29')]",
                    List.class)).singleElement().satisfies(r -> {
                Map<?, ?> leipzig = (Map<?, ?>) r;
                assertThat(leipzig.get("votesAgainst")).isEqualTo(0);
                assertThat(leipzig.get("abstentions")).isEqualTo(10);
                assertThat(leipzig.get("outcome")).isEqualTo("ADOPTED");
            });
            assertThat(resolutions.read("$.partners[*].required[*].state", List.class)).containsOnly("SATISFIED");
            assertThat(resolutions.read("$.partners[?(@.partnerCode == 'LHM')].resolutions[*].paperReference",
                    List.class)).contains("14-20 / V 18416");
        });
    }

    @Test
    void aSecondConsortiumOfTwoDistrictsRunsOnTheSameBackend() {
        // these read models are built by processors of their own: wait for them too
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            DocumentContext budget = http.read(OSTWUE + "/budget");
            assertThat(budget.read("$.partners[*].partnerCode", List.class)).containsExactly("HDH", "OAK");
            assertThat(budget.read("$.partners[?(@.partnerCode == 'HDH')].grantPercent", List.class)).containsExactly(90);
            assertThat(amount(budget, "$.partners[?(@.partnerCode == 'HDH')].grant")).isEqualByComparingTo("540000.00");
            DocumentContext disbursements = http.read(OSTWUE + "/disbursements");
            assertThat(disbursements.read("$.disbursements[?(@.requestId == 'OAK-B-2024-1')].status", List.class))
                    .containsExactly("PAID");
            assertThat(disbursements.read("$.proofsOfUse[*].status", List.class)).containsExactly("ACCEPTED");
            assertThat(amount(disbursements, "$.repaymentClaims[0].interest")).isPositive();
            assertThat(http.read(OSTWUE).read("$.partners[?(@.partnerCode == 'HDH')].deadlines[*].kind",
                    List.class)).containsExactly("PROOF_OF_USE");
            assertThat(http.read(OSTWUE).read("$.partners[?(@.partnerCode == 'HDH')].deadlines[*].phase",
                    List.class)).containsExactly("A");
        });
    }

    @Test
    void aScenarioWhoseProjectExistsIsNotLoadedAgain() {
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
        loader.load("cut");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    private static BigDecimal amount(DocumentContext json, String path) {
        Object value = json.read(path);
        Object single = value instanceof List<?> list ? list.get(0) : value;
        return new BigDecimal(single.toString());
    }
}
