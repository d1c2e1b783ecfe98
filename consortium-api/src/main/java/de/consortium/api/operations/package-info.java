/**
 * Operations: rebuilding read models on every instance together, cancelling and restarting rebuilds, and the read
 * models' health.
 */
package de.consortium.api.operations;
