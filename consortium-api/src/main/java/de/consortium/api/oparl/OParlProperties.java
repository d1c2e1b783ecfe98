package de.consortium.api.oparl;

import de.consortium.domain.resolution.ResolutionOutcome;
import de.consortium.domain.resolution.ResolutionSubject;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The councils' OParl systems to import from.
 *
 * @param sources  per partner: its council's OParl body and the papers it follows
 * @param results  what a council's result text means, compared without regard to case; other texts are reported
 * @param timeout  how long one answer of a council's system may take
 * @param interval how often every source is imported; none: only when an operator starts it
 */
@ConfigurationProperties(prefix = "consortium.oparl")
public record OParlProperties(List<Source> sources, Map<String, ResolutionOutcome> results, Duration timeout,
                              Duration interval) {

    public OParlProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        results = results == null ? Map.of() : Map.copyOf(results);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /**
     * @param body   the address of the council's OParl {@code Body}
     * @param papers the papers (by reference, e.g. {@code 14-20 / V 18416}) whose decisions the partner needs, and
     *               what they decide in the programme's terms
     */
    public record Source(String project, String partner, URI body, List<FollowedPaper> papers) {

        public Source {
            papers = papers == null ? List.of() : List.copyOf(papers);
        }

        Optional<FollowedPaper> follows(String reference) {
            return papers.stream().filter(paper -> paper.reference().equals(reference)).findFirst();
        }
    }

    public record FollowedPaper(String reference, Set<ResolutionSubject> subjects) {
    }

    Optional<Source> source(String project, String partner) {
        return sources.stream().filter(s -> s.project().equals(project) && s.partner().equals(partner)).findFirst();
    }

    Optional<ResolutionOutcome> outcome(String resultText) {
        return results.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(resultText.trim()))
                .map(Map.Entry::getValue).findFirst();
    }
}
