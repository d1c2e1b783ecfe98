/** The benchmark's minimal Axon application: one aggregate per partner, the JDBC event store, one projection. */
package bench.axon;
