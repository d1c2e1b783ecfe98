/**
 * The consortium backend as a Spring Boot application: its entry point. Features and infrastructure live in the
 * packages below.
 */
package de.consortium.api;
