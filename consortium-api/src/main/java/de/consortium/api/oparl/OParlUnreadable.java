package de.consortium.api.oparl;

/** A council's system did not answer, answered too late, with an error, or with what is not OParl. */
public class OParlUnreadable extends Exception {

    public OParlUnreadable(String message) {
        super(message);
    }

    public OParlUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
