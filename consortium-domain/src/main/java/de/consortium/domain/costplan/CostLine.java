package de.consortium.domain.costplan;

import de.consortium.domain.rules.Shown;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A line of the programme's cost and financing plan: {@code 2.1.1} to {@code 2.1.7} for staff and material costs,
 * {@code 2.2.n} for the investments of measure Mn.
 */
public record CostLine(String code) {

    private static final Pattern CODE = Pattern.compile("2\\.1\\.[1-7]|2\\.2\\.[1-9]");
    private static final String[] STAFF_AND_MATERIAL_TITLES = {
            "staff: planning, steering, implementation",
            "staff: local partnerships",
            "material costs: planning, steering, implementation",
            "material costs: local partnerships",
            "external consultants",
            "training and its travel",
            "network activities, research, transfer, travel"};

    public CostLine {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a cost line is 2.1.1 to 2.1.7 (staff and material costs) or 2.2.1 to"
                    + " 2.2.9 (investments of measure M1 to M9), not " + Shown.quoted(code));
        }
    }

    @JsonCreator
    public static CostLine of(String code) {
        return new CostLine(code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    public boolean isInvestment() {
        return code.startsWith("2.2.");
    }

    /** Lines 2.1.1 to 2.1.4: the municipality's own staff and material costs. */
    public boolean isOwnStaffOrMaterial() {
        return code.compareTo("2.1.1") >= 0 && code.compareTo("2.1.4") <= 0;
    }

    public boolean isExternalConsultants() {
        return code.equals("2.1.5");
    }

    public String title() {
        int index = Integer.parseInt(code.substring(4));
        return isInvestment() ? "investment M" + index : STAFF_AND_MATERIAL_TITLES[index - 1];
    }

    @Override
    public String toString() {
        return code;
    }
}
