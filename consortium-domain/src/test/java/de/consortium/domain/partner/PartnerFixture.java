package de.consortium.domain.partner;

import de.consortium.domain.CutCase;
import de.consortium.domain.rules.WorldDateNotInFuture;
import de.consortium.domain.project.ProjectTermsLookup;
import de.consortium.domain.rules.UnknownReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** A partner fixture on the CUT project's terms, with "today" fixed at 21.11.2026. */
public final class PartnerFixture {

    private PartnerFixture() {
    }

    public static FixtureConfiguration<Partner> create() {
        FixtureConfiguration<Partner> fixture = new AggregateTestFixture<>(Partner.class);
        fixture.registerInjectableResource(CutCase.TODAY);
        fixture.registerCommandHandlerInterceptor(new WorldDateNotInFuture(CutCase.TODAY));
        fixture.registerInjectableResource(CutCase.BASE_RATES);
        fixture.registerInjectableResource((ProjectTermsLookup) projectId -> {
            if (!projectId.equals(CutCase.PROJECT)) {
                throw new UnknownReference("No project '" + projectId + "' is registered.");
            }
            return CutCase.TERMS;
        });
        return fixture;
    }
}
