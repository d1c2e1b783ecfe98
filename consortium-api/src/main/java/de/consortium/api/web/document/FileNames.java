package de.consortium.api.web.document;

import de.consortium.api.problem.RequestRefused;
import org.springframework.http.HttpStatus;

/** A document's file name is a name only: no path parts, no control characters, at most 255 characters. */
final class FileNames {

    private FileNames() {
    }

    static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw refused("The file has no name; send it as a file part with a filename.");
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw refused("The file name '" + name + "' has path parts; send the name alone.");
        }
        if (name.length() > 255 || name.chars().anyMatch(Character::isISOControl)) {
            throw refused("A file name has at most 255 characters and no control characters.");
        }
        return name;
    }

    private static RequestRefused refused(String detail) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, "Invalid file name", detail);
    }
}
