package de.consortium.domain.rules;

/** A command that states a fact of the world and the day it happened, which {@link WorldDateNotInFuture} checks. */
public interface DatedCommand {

    WorldDate worldDate();
}
