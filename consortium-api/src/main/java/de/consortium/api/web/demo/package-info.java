/**
 * Demo scenarios: lists of commands loaded through the command bus at start.
 */
package de.consortium.api.web.demo;
