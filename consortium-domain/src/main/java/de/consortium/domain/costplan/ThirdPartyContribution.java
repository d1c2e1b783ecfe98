package de.consortium.domain.costplan;

import de.consortium.domain.money.Money;

import java.util.Objects;

/** Money a third party (e.g. a municipal company or the state) contributes towards the own share. */
public record ThirdPartyContribution(String contributor, ThirdPartySource source, Money amount) {

    public ThirdPartyContribution {
        Objects.requireNonNull(contributor, "contributor");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
    }
}
