package de.consortium.domain.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Which council resolutions a partner needs, in one place for the rules that refuse without them and for the read
 * models that show what is missing: the mandate to apply (rule R3.1), and the adopted smart-city strategy wherever
 * phase B is planned, at the application when the plan goes straight to phase B (R2.3) and for phase-B
 * disbursements (R3.2).
 */
public final class RequiredResolutions {

    /** The council mandate: approving the application and financing the own share. */
    public static final List<ResolutionSubject> MANDATE =
            List.of(ResolutionSubject.APPLICATION_APPROVAL, ResolutionSubject.OWN_SHARE_FINANCING);

    private RequiredResolutions() {
    }

    /** What must be adopted by the day of application. */
    public static List<ResolutionSubject> toApply(boolean plansPhaseA, boolean plansPhaseB) {
        List<ResolutionSubject> required = new ArrayList<>(MANDATE);
        if (plansPhaseB && !plansPhaseA) {
            required.add(ResolutionSubject.STRATEGY_ADOPTION);
        }
        return required;
    }

    /** What must be adopted to draw the grant down. */
    public static List<ResolutionSubject> toDrawDown(boolean plansPhaseB) {
        return plansPhaseB ? List.of(ResolutionSubject.STRATEGY_ADOPTION) : List.of();
    }

    /** Everything the partner needs over the project, in the order above. */
    public static List<ResolutionSubject> overall(boolean plansPhaseA, boolean plansPhaseB) {
        List<ResolutionSubject> required = new ArrayList<>(toApply(plansPhaseA, plansPhaseB));
        toDrawDown(plansPhaseB).stream().filter(subject -> !required.contains(subject)).forEach(required::add);
        return required;
    }
}
