/**
 * Infrastructure: who is signed in (local users or bearer tokens) and which commands they may send.
 */
package de.consortium.api.security;
