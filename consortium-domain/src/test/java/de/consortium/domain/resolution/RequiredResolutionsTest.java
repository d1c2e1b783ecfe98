package de.consortium.domain.resolution;

import org.junit.jupiter.api.Test;

import static de.consortium.domain.resolution.ResolutionSubject.APPLICATION_APPROVAL;
import static de.consortium.domain.resolution.ResolutionSubject.OWN_SHARE_FINANCING;
import static de.consortium.domain.resolution.ResolutionSubject.STRATEGY_ADOPTION;
import static org.assertj.core.api.Assertions.assertThat;

/** Which resolutions a partner needs: the mandate always, the strategy wherever phase B is planned. */
class RequiredResolutionsTest {

    @Test
    void toApplyTheMandateAndTheStrategyOnlyWhenThePlanGoesStraightToPhaseB() {
        assertThat(RequiredResolutions.toApply(true, true)).containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING);
        assertThat(RequiredResolutions.toApply(true, false)).containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING);
        assertThat(RequiredResolutions.toApply(false, true))
                .containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING, STRATEGY_ADOPTION);
    }

    @Test
    void toDrawDownTheStrategyWhenPhaseBIsPlanned() {
        assertThat(RequiredResolutions.toDrawDown(true)).containsExactly(STRATEGY_ADOPTION);
        assertThat(RequiredResolutions.toDrawDown(false)).isEmpty();
    }

    @Test
    void overTheProjectEachNeededResolutionOnce() {
        assertThat(RequiredResolutions.overall(false, true))
                .containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING, STRATEGY_ADOPTION);
        assertThat(RequiredResolutions.overall(true, true))
                .containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING, STRATEGY_ADOPTION);
        assertThat(RequiredResolutions.overall(true, false)).containsExactly(APPLICATION_APPROVAL, OWN_SHARE_FINANCING);
    }
}
