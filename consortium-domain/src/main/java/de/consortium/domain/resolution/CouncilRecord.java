package de.consortium.domain.resolution;

import de.consortium.domain.rules.Shown;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where the council's own information system keeps a resolution (OParl): the paper and the agenda item it was
 * decided under, the files that go with it, and the text of the decision as the council recorded it.
 */
public record CouncilRecord(String paper, String agendaItem, List<String> files, String resolutionText) {

    public CouncilRecord {
        checkAddress(Objects.requireNonNull(paper, "paper"));
        if (agendaItem != null) {
            checkAddress(agendaItem);
        }
        files = files == null ? List.of() : List.copyOf(files);
        files.forEach(CouncilRecord::checkAddress);
    }

    private static void checkAddress(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a council record is an http(s) address, not " + Shown.quoted(address));
        }
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("a council record is an http(s) address, not " + Shown.quoted(address));
        }
    }
}
