package de.consortium.api.messaging;

import de.consortium.api.MigratedDatabase;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The query finds what Axon's finds, and on H2 (the embedded default) reads it by the index, not the whole table. */
class GapBoundedEventQueryTest {

    private static final EventSchema SCHEMA = new EventSchema();

    @RegisterExtension
    final MigratedDatabase database = new MigratedDatabase("gaps");

    @BeforeEach
    void eventsWithGaps() {
        for (long position = 1; position <= 1_000; position++) {
            if (position % 97 != 0) {
                database.insertEventAt(position, "2026-11-30T12:00:00Z");
            }
        }
    }

    @Test
    void findsTheEventsAxonsQueryFinds() throws SQLException {
        for (List<Long> gaps : List.of(List.of(97L), List.of(5L, 194L, 480L), List.of(970L, 979L), List.of(2L))) {
            for (long index : new long[]{500, 980, 995}) {
                List<Long> below = gaps.stream().filter(gap -> gap < index).toList();
                if (!below.isEmpty()) {
                    assertThat(positions(new GapBoundedEventQuery(), index, below)).as("%s after %d", below, index)
                            .isEqualTo(positions(JdbcEventStorageEngineStatements::readEventDataWithGaps, index,
                                    below));
                }
            }
        }
        assertThat(positions(new GapBoundedEventQuery(), 900, List.of(5L, 97L, 899L)))
                .startsWith(5L, 899L, 901L, 902L).doesNotContain(97L, 970L).hasSize(2 + 99);
    }

    @Test
    void readsTheGapsAndTheRangeByTheIndexOnH2() throws SQLException {
        assertThat(plan(new GapBoundedEventQuery())).containsPattern("/\\* [^*]+: GLOBALINDEX IN\\(")
                .containsPattern("/\\* [^*]+: GLOBALINDEX > ");
        assertThat(plan(JdbcEventStorageEngineStatements::readEventDataWithGaps)).as("Axon's reads the whole index")
                .doesNotContainPattern("/\\* [^*]+: GLOBALINDEX");
    }

    private List<Long> positions(ReadEventDataWithGapsStatementBuilder query, long index, List<Long> gaps)
            throws SQLException {
        List<Long> positions = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = query.build(connection, SCHEMA, index, 100, gaps);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                positions.add(rows.getLong(SCHEMA.globalIndexColumn()));
            }
        }
        return positions;
    }

    /** H2's plan for the query, after index 900 with gaps at 850 and 899. */
    private String plan(ReadEventDataWithGapsStatementBuilder query) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = query.build(explaining(connection), SCHEMA, 900, 100, List.of(850L, 899L));
             ResultSet plan = statement.executeQuery()) {
            plan.next();
            return plan.getString(1).replace('\n', ' ').toUpperCase();
        }
    }

    /** The connection, preparing each statement as its EXPLAIN. */
    private static Connection explaining(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement") && arguments.length == 1) {
                        return connection.prepareStatement("EXPLAIN " + arguments[0]);
                    }
                    return method.invoke(connection, arguments);
                });
    }
}
