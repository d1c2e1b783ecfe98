package de.consortium.projections.support;

/** Joins the values of a SET clause and the keys of its WHERE clause into one argument list. */
public final class SqlArguments {

    private SqlArguments() {
    }

    public static Object[] of(Object[] values, Object... keys) {
        Object[] arguments = new Object[values.length + keys.length];
        System.arraycopy(values, 0, arguments, 0, values.length);
        System.arraycopy(keys, 0, arguments, values.length, keys.length);
        return arguments;
    }
}
