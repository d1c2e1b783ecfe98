package de.consortium.domain.costplan;

import de.consortium.domain.money.FundingRate;
import de.consortium.domain.money.LargestRemainder;
import de.consortium.domain.money.Money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule R1.1, how a plan's funding is laid out (docs/domain.md): the grant is the funding rate of the plan's total
 * eligible costs, rounded once. It is handed out over the years, then each year's grant over its cost lines, by the
 * largest remainder ({@link LargestRemainder}): each gets its exact share (the funding rate of its eligible costs)
 * in whole cents, and the cents left over go to those with the largest fractions. The own share of each year and
 * line is its eligible costs minus its grant. So every year's lines add up to the year, the years to the total, to
 * the cent, in grant and own share alike, however the costs divide.
 */
public record FundingSplit(List<Year> years) {

    private static final Comparator<CostLine> BY_CODE = Comparator.comparing(CostLine::code);

    public FundingSplit {
        years = List.copyOf(years);
    }

    public record Year(int year, Money eligibleCosts, Money grant, Money ownShare, List<Line> lines) {

        public Year {
            lines = List.copyOf(lines);
        }
    }

    public record Line(CostLine costLine, Money eligibleCosts, Money grant, Money ownShare) {
    }

    /** The split of a plan's grant over its lines; a cost line planned in both phases of a year counts once. */
    public static FundingSplit of(FundingRate rate, List<CostPlanLine> lines) {
        Map<Integer, Map<CostLine, Money>> costs = new TreeMap<>();
        lines.forEach(line -> costs.computeIfAbsent(line.year(), year -> new TreeMap<>(BY_CODE))
                .merge(line.costLine(), line.eligibleCosts(), Money::plus));
        return of(rate, costs);
    }

    /** The split of the grant at {@code rate} over eligible costs per year and cost line. */
    public static FundingSplit of(FundingRate rate, Map<Integer, ? extends Map<CostLine, Money>> costs) {
        List<Integer> yearsInOrder = costs.keySet().stream().sorted().toList();
        long[] yearCosts = yearsInOrder.stream().mapToLong(year -> total(costs.get(year).values())).toArray();
        long[] yearGrants = split(rate, rate.grantFor(Money.ofCents(Arrays.stream(yearCosts).sum())).cents(),
                yearCosts);
        List<Year> years = new ArrayList<>();
        for (int y = 0; y < yearsInOrder.size(); y++) {
            List<Map.Entry<CostLine, Money>> lineCosts = costs.get(yearsInOrder.get(y)).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(BY_CODE)).toList();
            long[] lineGrants = split(rate, yearGrants[y], lineCosts.stream()
                    .mapToLong(entry -> entry.getValue().cents()).toArray());
            List<Line> lines = new ArrayList<>();
            for (int l = 0; l < lineCosts.size(); l++) {
                Money costsOfLine = lineCosts.get(l).getValue();
                Money lineGrant = Money.ofCents(lineGrants[l]);
                lines.add(new Line(lineCosts.get(l).getKey(), costsOfLine, lineGrant, costsOfLine.minus(lineGrant)));
            }
            Money yearCostsTotal = Money.ofCents(yearCosts[y]);
            Money yearGrant = Money.ofCents(yearGrants[y]);
            years.add(new Year(yearsInOrder.get(y), yearCostsTotal, yearGrant, yearCostsTotal.minus(yearGrant),
                    lines));
        }
        return new FundingSplit(years);
    }

    /**
     * The grant at {@code rate} over the eligible costs of each phase, handed out over the phases the same way as
     * over the years: rounded once on the total, so the phases' grants add up to the plan's.
     */
    public static Map<Phase, Money> grantByPhase(FundingRate rate, Map<Phase, Money> costs) {
        List<Phase> phases = costs.keySet().stream().sorted().toList();
        long[] phaseCosts = phases.stream().mapToLong(phase -> costs.get(phase).cents()).toArray();
        long[] grants = split(rate, rate.grantFor(Money.ofCents(Arrays.stream(phaseCosts).sum())).cents(),
                phaseCosts);
        Map<Phase, Money> byPhase = new EnumMap<>(Phase.class);
        for (int p = 0; p < phases.size(); p++) {
            byPhase.put(phases.get(p), Money.ofCents(grants[p]));
        }
        return byPhase;
    }

    /** Exact shares are the rate's percent of each part's costs, in hundredths of a cent. */
    private static long[] split(FundingRate rate, long grant, long[] costs) {
        return LargestRemainder.split(grant, Arrays.stream(costs)
                .map(cents -> Math.multiplyExact(cents, rate.grantPercent())).toArray(), 100);
    }

    private static long total(Collection<Money> amounts) {
        return amounts.stream().mapToLong(Money::cents).sum();
    }
}
