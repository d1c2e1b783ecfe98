/**
 * The benchmark's commands as both reference applications take them, and the rules both check
 * ({@link bench.mix.Ledger}).
 */
package bench.mix;
