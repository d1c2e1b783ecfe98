package de.consortium.projections.support;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read model's writes. Live events write at once, so that a statement that fails dead-letters its own event.
 * While a processor replays, the statements of an event batch are kept and sent when the batch commits, table by
 * table in the order each table was first written, each table's statements in their order, consecutive statements of
 * one shape as one JDBC batch: a rebuild then pays one round trip per run of like statements instead of one per
 * statement. Either way they run in the batch's transaction, which also stores the token. (A statement kept back
 * fails at the commit: the whole batch is then retried, not dead-lettered.)
 *
 * <p>So every statement writes the one table it names first ({@code INSERT INTO}, {@code UPDATE},
 * {@code DELETE FROM} or {@code MERGE INTO} it) and reads no other: then statements on different tables commute.
 */
public final class ReadModelWrites {

    private static final String PENDING = ReadModelWrites.class.getName() + ".pending";
    private static final Pattern WRITTEN_TABLE = Pattern.compile("(?:INSERT INTO|UPDATE|DELETE FROM|MERGE INTO) (\\w+)");

    private final JdbcTemplate jdbc;

    public ReadModelWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the statements of a {@linkplain #replace replacement} are given to. */
    @FunctionalInterface
    public interface Statements {

        void update(String sql, Object... arguments);
    }

    public void update(String sql, Object... arguments) {
        tableWrittenBy(sql);
        Pending pending = keptBackByThisBatch();
        if (pending == null) {
            jdbc.update(sql, arguments);
        } else {
            pending.add(new Statement(sql, arguments, null));
        }
    }

    /**
     * Statements that set one part of the read model wholly, such as some columns of a row or all rows of a plan;
     * {@code part} names it (equal names, same part). While replaying, a later replacement of the same part in the
     * same batch voids this one, so that a partner's hundred revisions in a batch cost one write. Only for parts
     * that are set outright and read by no other statement: no {@code COALESCE(column, ?)}, no {@code x = x + ?}.
     */
    public void replace(Object part, Consumer<Statements> statements) {
        Pending pending = keptBackByThisBatch();
        if (pending == null) {
            statements.accept(this::update);
        } else {
            pending.replace(part, statements);
        }
    }

    /**
     * One statement that sets its columns of one row outright ({@code row}: the row's key): a {@linkplain #replace
     * replacement} of the same statement on the same row takes its place.
     */
    public void set(String sql, List<?> row, Object... arguments) {
        replace(List.of(sql, row), statements -> statements.update(sql, arguments));
    }

    /**
     * One statement on one row ({@code row}: the row's key) whose effects compose, such as
     * {@code SET column = COALESCE(column, ?)}: while replaying, a later one of the same statement on the same row
     * takes the earlier one's place, with the arguments {@code withEarlier} makes of the earlier one's and its own.
     */
    public void combine(String sql, List<?> row, BinaryOperator<Object[]> withEarlier, Object... arguments) {
        tableWrittenBy(sql);
        Pending pending = keptBackByThisBatch();
        if (pending == null) {
            jdbc.update(sql, arguments);
        } else {
            pending.combine(List.of(sql, row), sql, arguments, withEarlier);
        }
    }

    private static String tableWrittenBy(String sql) {
        Matcher table = WRITTEN_TABLE.matcher(sql);
        if (!table.lookingAt()) {
            throw new IllegalArgumentException("a read model's statement names the table it writes first: " + sql);
        }
        return table.group(1);
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

    /** A replacement's statements go void once a later replacement of the same part follows. */
    private static final class Replacement {

        private boolean voided;
    }

    private record Statement(String sql, Object[] arguments, Replacement replacement) {

        boolean voided() {
            return replacement != null && replacement.voided;
        }
    }

    private static final class Pending {

        private final List<Statement> statements = new ArrayList<>();
        private final Map<Object, Replacement> latestReplacements = new HashMap<>();
        private final Map<Object, Statement> latestCombinations = new HashMap<>();

        void add(Statement statement) {
            statements.add(statement);
        }

        void replace(Object part, Consumer<Statements> writes) {
            Replacement replacement = new Replacement();
            Replacement replaced = latestReplacements.put(part, replacement);
            if (replaced != null) {
                replaced.voided = true;
            }
            writes.accept((sql, arguments) -> add(new Statement(sql, arguments, replacement)));
        }

        void combine(Object part, String sql, Object[] arguments, BinaryOperator<Object[]> withEarlier) {
            Statement earlier = latestCombinations.get(part);
            Object[] combined = earlier == null ? arguments : withEarlier.apply(earlier.arguments(), arguments);
            replace(part, writes -> writes.update(sql, combined));
            latestCombinations.put(part, statements.get(statements.size() - 1));
        }

        void send(JdbcTemplate jdbc) {
            Map<String, List<Statement>> byTable = new LinkedHashMap<>();
            statements.stream().filter(statement -> !statement.voided()).forEach(statement -> byTable
                    .computeIfAbsent(tableWrittenBy(statement.sql()), table -> new ArrayList<>()).add(statement));
            byTable.values().forEach(tableStatements -> sendInRuns(jdbc, tableStatements));
        }

        private static void sendInRuns(JdbcTemplate jdbc, List<Statement> valid) {
            int from = 0;
            while (from < valid.size()) {
                String sql = valid.get(from).sql();
                int to = from + 1;
                while (to < valid.size() && valid.get(to).sql().equals(sql)) {
                    to++;
                }
                jdbc.batchUpdate(sql, valid.subList(from, to).stream().map(Statement::arguments).toList());
                from = to;
            }
        }
    }
}
