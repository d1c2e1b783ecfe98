package de.consortium.api.operations;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading an installation whose read models lack what a new version shows rebuilds them once from the history;
 * a new installation, with nothing to rebuild, starts without a rebuild.
 */
class UpgradeRebuildsTest {

    private static final String[] LOCATIONS = {"classpath:db/migration/axon", "classpath:db/migration/readmodels"};

    @Test
    void readModelsWithDataAreRebuiltOnceAfterTheUpgrade() {
        JdbcDataSource database = database("upgrade");
        migrate(database, "13");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("INSERT INTO disbursement (project_id, partner_code, request_id, requested_on, period_start,"
                + " period_end, payout_date, eligible_costs, grant_amount, status, approved_on) VALUES ('SC20-SFQRL',"
                + " 'LHM', 'LHM-2021-1', DATE '2021-07-05', DATE '2021-01-01', DATE '2021-06-30', DATE '2021-07-31',"
                + " 40000000, 26000000, 'APPROVED', DATE '2021-07-20')");
        jdbc.update("INSERT INTO budget_partner (project_id, partner_code, name) VALUES ('SC20-SFQRL', 'LHM',"
                + " 'Landeshauptstadt München')");
        migrate(database, "latest");
        assertThat(rebuilds(jdbc)).containsExactlyInAnyOrder(
                Map.of("processor_name", "budget", "status", "REQUESTED", "requested_by", "migration V16"),
                Map.of("processor_name", "disbursements", "status", "REQUESTED", "requested_by", "migration V14"));
    }

    @Test
    void aNewInstallationStartsWithoutARebuild() {
        JdbcDataSource database = database("fresh");
        migrate(database, "latest");
        assertThat(rebuilds(new JdbcTemplate(database))).isEmpty();
    }

    private static JdbcDataSource database(String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        return database;
    }

    private static void migrate(JdbcDataSource database, String target) {
        Flyway.configure().dataSource(database).locations(LOCATIONS).target(target).load().migrate();
    }

    private static List<Map<String, Object>> rebuilds(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT processor_name, status, requested_by FROM processor_replay");
    }
}
