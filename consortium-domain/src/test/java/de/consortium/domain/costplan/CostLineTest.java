package de.consortium.domain.costplan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lines of the cost and financing plan: which are own staff and material, which investments, their titles. */
class CostLineTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "2.1.1 | staff: planning, steering, implementation | true | false",
            "2.1.2 | staff: local partnerships | true | false",
            "2.1.3 | material costs: planning, steering, implementation | true | false",
            "2.1.4 | material costs: local partnerships | true | false",
            "2.1.5 | external consultants | false | false",
            "2.1.7 | network activities, research, transfer, travel | false | false",
            "2.2.1 | investment M1 | false | true",
            "2.2.9 | investment M9 | false | true"})
    void eachLineHasItsTitleAndKind(String code, String title, boolean ownStaffOrMaterial, boolean investment) {
        CostLine line = CostLine.of(code);
        assertThat(line.code()).isEqualTo(code);
        assertThat(line.title()).isEqualTo(title);
        assertThat(line.isOwnStaffOrMaterial()).isEqualTo(ownStaffOrMaterial);
        assertThat(line.isInvestment()).isEqualTo(investment);
        assertThat(line.isExternalConsultants()).isEqualTo(code.equals("2.1.5"));
    }

    @Test
    void noOtherLineExists() {
        for (String code : new String[]{"2.1.0", "2.1.8", "2.2.0", "2.3.1", "2.1.10", "", "2.1.1 "}) {
            assertThatThrownBy(() -> CostLine.of(code)).as(code).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
