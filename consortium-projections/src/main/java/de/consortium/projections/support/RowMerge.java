package de.consortium.projections.support;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A statement that sets one row wholly: inserted where its key is new, its columns replaced where the key is known.
 * One statement instead of a delete and an insert, so that a replay's batch of them goes to the database as one JDBC
 * batch (see {@link ReadModelWrites}). Standard SQL {@code MERGE}, as PostgreSQL (15 on) and H2 both take it; the
 * values are cast to their columns' types, which neither database can infer for the parameters of a {@code VALUES}.
 */
public final class RowMerge {

    private RowMerge() {
    }

    /**
     * The statement for {@code table}; {@code columns} are "name TYPE" in the order of the statement's parameters,
     * the first {@code keyColumns} of them its key.
     */
    public static String into(String table, int keyColumns, String... columns) {
        return into(table, keyColumns, List.of(), columns);
    }

    /** As {@link #into(String, int, String...)}, and the columns {@code cleared} set to null where the key is known. */
    public static String into(String table, int keyColumns, List<String> cleared, String... columns) {
        List<String> names = Arrays.stream(columns).map(column -> column.split(" ", 2)[0]).toList();
        String key = names.subList(0, keyColumns).stream().map(name -> "t." + name + " = s." + name)
                .collect(Collectors.joining(" AND "));
        String values = Arrays.stream(columns).map(column -> "CAST(? AS " + column.split(" ", 2)[1] + ")")
                .collect(Collectors.joining(", "));
        String set = Stream.concat(names.subList(keyColumns, names.size()).stream().map(name -> name + " = s." + name),
                cleared.stream().map(name -> name + " = NULL")).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t USING (VALUES (" + values + ")) AS s(" + String.join(", ", names) + ")"
                + " ON " + key + " WHEN MATCHED THEN UPDATE SET " + set
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(name -> "s." + name).collect(Collectors.joining(", ")) + ")";
    }
}
