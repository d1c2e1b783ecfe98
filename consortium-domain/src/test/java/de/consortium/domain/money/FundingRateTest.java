package de.consortium.domain.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundingRateTest {

    @Test
    void standardRateReproducesTheCostAndFinancingPlanToTheCent() {
        assertThat(FundingRate.STANDARD.grantFor(Money.ofEuros("32420769.23"))).isEqualTo(Money.ofEuros("21073500.00"));
        assertThat(FundingRate.STANDARD.ownShareOf(Money.ofEuros("32420769.23"))).isEqualTo(Money.ofEuros("11347269.23"));
        assertThat(FundingRate.STANDARD.grantFor(Money.ofEuros("9777692.31"))).isEqualTo(Money.ofEuros("6355500.00"));
        assertThat(FundingRate.STANDARD.ownShareOf(Money.ofEuros("9777692.31"))).isEqualTo(Money.ofEuros("3422192.31"));
        assertThat(FundingRate.STANDARD.grantFor(Money.ofEuros("6269785.23"))).isEqualTo(Money.ofEuros("4075360.40"));
    }

    @Test
    void theRatesSplitEveryEuroBetweenGrantAndOwnShare() {
        assertThat(FundingRate.STANDARD.grantPercent()).isEqualTo(65);
        assertThat(FundingRate.STANDARD.ownSharePercent()).isEqualTo(35);
        assertThat(FundingRate.BUDGET_EMERGENCY.grantPercent()).isEqualTo(90);
        assertThat(FundingRate.BUDGET_EMERGENCY.ownSharePercent()).isEqualTo(10);
    }

    @Test
    void budgetEmergencyGrantsNinetyPercent() {
        assertThat(FundingRate.BUDGET_EMERGENCY.grantFor(Money.ofEuros("1000000.05"))).isEqualTo(Money.ofEuros("900000.05"));
        assertThat(FundingRate.BUDGET_EMERGENCY.ownShareOf(Money.ofEuros("1000000.05"))).isEqualTo(Money.ofEuros("100000.00"));
    }

    @Test
    void roundsHalfUpToTheCent() {
        // 0.65 x 0.10 EUR = 6.5 cents
        assertThat(FundingRate.STANDARD.grantFor(Money.ofCents(10))).isEqualTo(Money.ofCents(7));
        assertThat(FundingRate.STANDARD.ownShareOf(Money.ofCents(10))).isEqualTo(Money.ofCents(3));
    }

    @Test
    void moneyRefusesFractionsOfACentAndNegativeAmounts() {
        assertThatThrownBy(() -> Money.ofEuros("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofEuros("-1.00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.ofEuros("6355500.00")).hasToString("6,355,500.00 EUR");
    }
}
