package bench.mix;

/** A command the rules refuse: answered 409 (or 400 for malformed input), nothing stored. */
public class Refused extends RuntimeException {

    public Refused(String message) {
        super(message);
    }
}
