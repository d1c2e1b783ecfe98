package de.consortium.domain.rules;

/** A command names something that does not exist (a project, a disbursement request). */
public class UnknownReference extends RuntimeException {

    public UnknownReference(String message) {
        super(message);
    }
}
