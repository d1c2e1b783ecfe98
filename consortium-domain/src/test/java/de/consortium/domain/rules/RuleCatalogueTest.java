package de.consortium.domain.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One catalogue of rules: every id once, explained in German and English, and docs/domain.md lists exactly these. */
class RuleCatalogueTest {

    @Test
    void everyRuleHasItsOwnIdANumberAndBothExplanations() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(Rule.values()).allSatisfy(rule -> {
            assertThat(rule.number()).matches("R\\d+\\.\\d+");
            assertThat(rule.german()).isNotBlank().endsWith(".");
            assertThat(rule.english()).isNotBlank().endsWith(".");
            assertThat(Rule.byId(rule.id())).contains(rule);
        });
        assertThat(Rule.byId("no-such-rule")).isEmpty();
    }

    @Test
    void theDomainDocumentListsEveryRuleOfTheCatalogueUnderItsNumberAndNoOther() throws IOException {
        String domain = Files.readString(Path.of("../docs/domain.md"));
        Set<String> documented = new LinkedHashSet<>();
        for (String row : domain.lines().filter(line -> line.startsWith("| `")).toList()) {
            Matcher ids = Pattern.compile("`([a-z0-9]+(?:-[a-z0-9]+)+|chronology)`").matcher(row.split("\\|")[1]);
            while (ids.find()) {
                documented.add(ids.group(1));
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values()).map(Rule::id)
                .collect(Collectors.toSet()));
        for (Rule rule : Rule.values()) {
            assertThat(domain).as(rule.id()).containsPattern("\\| `[^|]*" + rule.id() + "`[^\\n]*" + rule.number()
                    .replace(".", "\\.") + " ");
        }
    }
}
