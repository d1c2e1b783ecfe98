package de.consortium.api.operations;

/** The stages of a rebuild, shared by all nodes through the database. */
public enum ReplayStatus {
    /** Asked for: every node stops the processor and lets its segments go; then one node resets the tokens. */
    REQUESTED,
    /** The tokens are reset; every node runs the processor, which replays the history. */
    REPLAYING,
    /** The processor has caught up with where the history stood at the reset. */
    DONE
}
