package de.consortium.projections.support;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * A read model's writes. Live events write at once, so that a statement that fails dead-letters its own event.
 * While a processor replays, the statements of an event batch are kept and sent when the batch commits, in their
 * order, consecutive statements of one shape as one JDBC batch: a rebuild then pays one round trip per run of
 * like statements instead of one per statement. Either way they run in the batch's transaction, which also stores
 * the token. (A statement kept back fails at the commit: the whole batch is then retried, not dead-lettered.)
 */
public final class ReadModelWrites {

    private static final String PENDING = ReadModelWrites.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    public ReadModelWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void update(String sql, Object... arguments) {
        Pending pending = keptBackByThisBatch();
        if (pending == null) {
            jdbc.update(sql, arguments);
        } else {
            pending.add(sql, arguments);
        }
    }

    /**
     * The writes the current batch keeps back: from its first replayed event on, so that in the batch that reaches
     * past the end of a replay the live events' writes queue behind the replayed ones. None outside a batch.
     */
    private Pending keptBackByThisBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Pending pending = batch.getResource(PENDING);
        if (pending == null && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage())) {
            Pending created = new Pending();
            batch.onPrepareCommit(committing -> created.send(jdbc));
            batch.resources().put(PENDING, created);
            pending = created;
        }
        return pending;
    }

    private static final class Pending {

        private final List<String> statements = new ArrayList<>();
        private final List<Object[]> arguments = new ArrayList<>();

        void add(String sql, Object[] values) {
            statements.add(sql);
            arguments.add(values);
        }

        void send(JdbcTemplate jdbc) {
            int from = 0;
            while (from < statements.size()) {
                String sql = statements.get(from);
                int to = from + 1;
                while (to < statements.size() && statements.get(to).equals(sql)) {
                    to++;
                }
                jdbc.batchUpdate(sql, arguments.subList(from, to));
                from = to;
            }
        }
    }
}
