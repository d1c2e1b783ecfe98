package de.consortium.domain.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargestRemainderTest {

    @Test
    void givesEachPartItsWholeCentsAndTheRestToTheLargestRemainders() {
        // exact shares 1.2, 2.7 and 3.6 cents (7.5 in all, rounded once: 8): 1 + 2 + 3, then 2.7 and 3.6 get a cent
        assertThat(LargestRemainder.split(8, new long[]{12, 27, 36}, 10)).containsExactly(1, 3, 4);
        // rounded once down (7): only the largest remainder, 0.7, gets the cent left over
        assertThat(LargestRemainder.split(7, new long[]{12, 27, 36}, 10)).containsExactly(1, 3, 3);
    }

    @Test
    void onATieTheEarlierPartGetsTheCent() {
        assertThat(LargestRemainder.split(3, new long[]{5, 5, 5, 0}, 5 * 2)).containsExactly(1, 1, 1, 0);
        assertThat(LargestRemainder.split(1, new long[]{5, 5}, 10)).containsExactly(1, 0);
        assertThat(LargestRemainder.split(1, new long[]{0, 5, 5}, 10)).containsExactly(0, 1, 0);
    }

    @Test
    void exactSharesStayAsTheyAre() {
        assertThat(LargestRemainder.split(10, new long[]{300, 700}, 100)).containsExactly(3, 7);
        assertThat(LargestRemainder.split(0, new long[]{0, 0}, 100)).containsExactly(0, 0);
    }

    @Test
    void refusesATotalTheSharesCannotMakeUp() {
        assertThatThrownBy(() -> LargestRemainder.split(5, new long[]{12, 27, 36}, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 6 and 3");
        assertThatThrownBy(() -> LargestRemainder.split(10, new long[]{12, 27, 36}, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.split(1, new long[]{300, 700}, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LargestRemainder.split(6, new long[]{12, 27, 36}, 10)).containsExactly(1, 2, 3);
        assertThat(LargestRemainder.split(9, new long[]{12, 27, 36}, 10)).containsExactly(2, 3, 4);
    }
}
