package de.consortium.api.messaging;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * A processor's query for its next events while its token has gaps (positions taken by appends not yet committed),
 * as two lookups of the index: the gaps, then the batch's range after the token. Axon's one query,
 * {@code (index > ? AND index <= ?) OR index IN (gaps)}, leaves H2, the embedded default's database, without a range
 * of the index to read, so it read the whole event table for every such query; under concurrent commands nearly every
 * query has gaps, so every command cost a read of the whole history. The gaps lie below the token's index, so the two
 * parts never share a row; PostgreSQL reads both by its index as it read Axon's.
 */
final class GapBoundedEventQuery implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        String index = schema.globalIndexColumn();
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable();
        PreparedStatement statement = connection.prepareStatement(
                select + " WHERE " + index + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")"
                        + " UNION ALL " + select + " WHERE " + index + " > ? AND " + index + " <= ?"
                        + " ORDER BY " + index + " ASC");
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 1, gaps.get(i));
        }
        statement.setLong(gaps.size() + 1, globalIndex);
        statement.setLong(gaps.size() + 2, globalIndex + batchSize);
        return statement;
    }
}
