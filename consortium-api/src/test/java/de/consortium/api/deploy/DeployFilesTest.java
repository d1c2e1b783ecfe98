package de.consortium.api.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code deploy/} holds is checked here, since no container engine runs these files in this build: the
 * compose file by the compose tool itself, the manifests and monitoring files by reading them.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("..", "deploy");

    @Test
    void theComposeFileIsValidForTheComposeTool() throws IOException, InterruptedException {
        boolean required = Boolean.parseBoolean(System.getenv("CONTAINERS_REQUIRED"))
                || Boolean.getBoolean("containers.required");
        boolean available = onPath("docker-compose");
        Assumptions.assumeTrue(available || required, "docker-compose is not installed here");
        assertThat(available).as("docker-compose is required here (apt-get install docker-compose)").isTrue();
        Process process = new ProcessBuilder("docker-compose", "-f", DEPLOY.resolve("docker-compose.yml").toString(),
                "config", "-q").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void theComposeFileRunsTwoInstancesOnAxonServerWithPinnedImagesHealthChecksAndLimits() throws IOException {
        Map<String, Object> compose = yaml(DEPLOY.resolve("docker-compose.yml")).get(0);
        Map<String, Object> services = map(compose.get("services"));
        assertThat(services).containsKeys("postgres", "axonserver", "consortium-1", "consortium-2", "prometheus",
                "grafana");
        services.forEach((name, service) -> {
            String image = (String) map(service).get("image");
            assertThat(image).as(name + " image").matches(".+:[0-9v][^:]*");
            assertThat(map(service)).as(name).containsKeys("mem_limit", "cpus");
            if (!name.equals("axonserver")) {
                assertThat(map(service)).as(name).containsKey("healthcheck");
            }
        });
        // Axon Server's image has no shell or HTTP client: no health check of its own, the instances report it
        assertThat(map(services.get("axonserver"))).doesNotContainKey("healthcheck");
        assertThat(Files.readString(Path.of("src/main/resources/application-axonserver.yml")))
                .contains("include: readinessState,db,eventStore,axonServer");
        assertThat(map(compose.get("volumes"))).containsKeys("postgres-data", "axonserver-data", "grafana-data");
        Map<String, Object> environment = map(map(services.get("consortium-1")).get("environment"));
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "axonserver")
                .containsEntry("AXONSERVER_SERVERS", "axonserver:8124");
        assertThat(map(map(services.get("consortium-2")).get("environment")))
                .containsEntry("CONSORTIUM_CLUSTER_NODE_ID", "consortium-2");
    }

    @Test
    void prometheusScrapesBothInstancesAndGrafanaGetsItsDashboard() throws IOException {
        Map<String, Object> prometheus = yaml(DEPLOY.resolve("prometheus/prometheus.yml")).get(0);
        assertThat(prometheus.toString()).contains("consortium-1:8080", "consortium-2:8080", "/actuator/prometheus",
                "client_id=consortium-monitoring", "token_url=http://keycloak:8080/realms/consortium/");
        JsonNode realm = new ObjectMapper().readTree(DEPLOY.resolve("keycloak/consortium-realm.json").toFile());
        assertThat(realm.path("users").findParents("serviceAccountClientId")).singleElement().satisfies(user -> {
            assertThat(user.path("serviceAccountClientId").asText()).isEqualTo("consortium-monitoring");
            assertThat(user.path("realmRoles").toString()).isEqualTo("[\"MONITORING\"]");
        });
        JsonNode dashboard = new ObjectMapper().readTree(DEPLOY.resolve("grafana/dashboards/consortium.json").toFile());
        assertThat(dashboard.get("panels")).isNotEmpty();
        dashboard.get("panels").forEach(panel -> assertThat(panel.get("targets")).isNotEmpty());
    }

    @Test
    void theKeycloakRealmDefinesEveryRoleTheBackendKnows() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(DEPLOY.resolve("keycloak/consortium-realm.json").toFile());
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        for (de.consortium.api.security.Role role : de.consortium.api.security.Role.values()) {
            assertThat(roles).contains(role.name());
        }
        assertThat(roles).contains("PARTNER_FHH", "PARTNER_LE", "PARTNER_LHM");
        assertThat(realm.path("users").findValuesAsText("username")).contains("lhm", "kfw-approver", "kfw-payer");
    }

    /**
     * Swagger UI and the pages sign in as public clients by authorization code, which the realm holds to PKCE, and
     * come back to where they expect the code.
     */
    @ParameterizedTest
    @CsvSource({"consortium-swagger-ui, /swagger-ui/oauth2-redirect.html", "consortium-pages, /login/oauth2/code/pages"})
    void theRealmHasThePublicClientsThatSignInInABrowser(String clientId, String redirectPath) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(DEPLOY.resolve("keycloak/consortium-realm.json").toFile());
        JsonNode client = null;
        for (JsonNode candidate : realm.path("clients")) {
            if (candidate.path("clientId").asText().equals(clientId)) {
                client = candidate;
            }
        }
        assertThat(client).as("client " + clientId).isNotNull();
        assertThat(client.path("publicClient").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(client.path("redirectUris").get(0).asText()).endsWith(redirectPath);
    }

    @Test
    void theKubernetesManifestsRunTheAppOnTheAxonServerProfile() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.addAll(yaml(file));
            }
        }
        assertThat(documents).allSatisfy(document -> {
            assertThat(document).containsKeys("apiVersion", "kind", "metadata");
            assertThat(map(document.get("metadata"))).containsKey("name");
        });
        Map<String, Object> config = only(documents, "ConfigMap");
        Map<String, Object> data = map(config.get("data"));
        assertThat(data).containsEntry("SPRING_PROFILES_ACTIVE", "axonserver").containsKeys("AXONSERVER_SERVERS",
                "AXONSERVER_CONTEXT", "CONSORTIUM_DB_URL");
        String profile = Files.readString(Path.of("src/main/resources/application-axonserver.yml"));
        data.keySet().stream().filter(key -> !key.equals("SPRING_PROFILES_ACTIVE"))
                .forEach(key -> assertThat(profile).as("the axonserver profile reads " + key).contains("${" + key));
        String deployment = only(documents, "Deployment").toString();
        assertThat(deployment).contains("consortium-config", "/actuator/health/readiness",
                "/actuator/health/liveness", "CONSORTIUM_CLUSTER_NODE_ID", "replicas=2");
    }

    private static Map<String, Object> only(List<Map<String, Object>> documents, String kind) {
        List<Map<String, Object>> ofKind = documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }

    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml().loadAll(Files.readString(file)).forEach(document -> documents.add(map(document)));
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }
}
