package de.consortium.projections.budget;

/** Cents drawn on a plan position or grant: requested (not rejected), approved (or paid), paid. */
record Drawn(long requested, long approved, long paid) {

    static final Drawn NONE = new Drawn(0, 0, 0);

    /** The SQL that sums an amount column into the three figures, by the request's status. */
    static String sums(String amountColumn) {
        return "SUM(CASE WHEN r.status <> 'REJECTED' THEN " + amountColumn + " ELSE 0 END) AS requested,"
                + " SUM(CASE WHEN r.status IN ('APPROVED', 'PAID') THEN " + amountColumn + " ELSE 0 END) AS approved,"
                + " SUM(CASE WHEN r.status = 'PAID' THEN " + amountColumn + " ELSE 0 END) AS paid";
    }
}
