/**
 * Infrastructure: how requests are read before any command runs: body limits, media types, strict JSON.
 */
package de.consortium.api.http;
