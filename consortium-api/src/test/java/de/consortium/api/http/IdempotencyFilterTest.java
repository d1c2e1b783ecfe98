package de.consortium.api.http;

import de.consortium.api.security.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** What the filter keeps when the request fails before it has an answer (the API tests cover the answered cases). */
class IdempotencyFilterTest {

    private SingleConnectionDataSource database;
    private JdbcTemplate jdbc;
    private IdempotencyFilter filter;

    @BeforeEach
    void setUp() {
        database = new SingleConnectionDataSource("jdbc:h2:mem:;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", true);
        Flyway.configure().dataSource(database).locations("classpath:db/migration/axon").load().migrate();
        jdbc = new JdbcTemplate(database);
        filter = new IdempotencyFilter(jdbc, mock(ProblemResponses.class), Clock.systemUTC());
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("lead", null));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        database.destroy();
    }

    @Test
    void aRequestThatFailedWithAnExceptionIsNotKeptAndItsRetryRuns() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> filter.doFilter(request(), new MockHttpServletResponse(), (req, res) -> {
            runs.incrementAndGet();
            throw new IllegalStateException("a fault below the filter");
        })).hasMessage("a fault below the filter");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request", Integer.class)).isZero();

        MockHttpServletResponse retry = new MockHttpServletResponse();
        filter.doFilter(request(), retry, (req, res) -> {
            runs.incrementAndGet();
            ((HttpServletResponse) res).setStatus(202);
        });
        assertThat(runs).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(202);
        assertThat(jdbc.queryForObject("SELECT status FROM idempotent_request", Integer.class)).isEqualTo(202);
    }

    private static CachedBodyRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/projects");
        request.addHeader(IdempotencyFilter.HEADER, "key-1");
        return new CachedBodyRequest(request, "{}".getBytes(StandardCharsets.UTF_8));
    }
}
