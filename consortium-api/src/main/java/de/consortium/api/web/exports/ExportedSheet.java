package de.consortium.api.web.exports;

import de.consortium.domain.rules.UnknownReference;

import java.util.Arrays;
import java.util.Locale;

/** What can be exported of a project, by the name it has in a path. */
public enum ExportedSheet {
    /** Plan and drawdown per partner, year and cost line. */
    BUDGET,
    /** Every disbursement request with its steps. */
    DISBURSEMENTS,
    /** The numeric proof of use: per partner and cost line planned, incurred (requested), granted and paid. */
    PROOF_OF_USE;

    /** The name in paths and file names: budget, disbursements, proof-of-use. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ExportedSheet named(String pathName) {
        return Arrays.stream(values()).filter(sheet -> sheet.pathName().equals(pathName)).findFirst()
                .orElseThrow(() -> new UnknownReference("There is no export '" + pathName + "'; there are "
                        + Arrays.stream(values()).map(ExportedSheet::pathName).toList() + "."));
    }
}
