/**
 * Infrastructure: several instances on one database: who is live, the share of segments each holds, and commands
 * that lost a race run again.
 */
package de.consortium.api.cluster;
