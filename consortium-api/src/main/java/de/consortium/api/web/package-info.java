/**
 * The web adapters, one package per feature of the programme: each holds a controller and its request records,
 * turns requests into the domain's commands and queries, and knows nothing of how they are carried out. The
 * infrastructure (sending, security, storage, audit, operations) lives in the sibling packages of this one.
 */
package de.consortium.api.web;
