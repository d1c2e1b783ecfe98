/**
 * The API document (OpenAPI 3.1 at /v3/api-docs) and Swagger UI: what every operation answers, its headers, the one
 * problem schema whose rule is the catalogue's, the sign-in schemes of the running profile and examples taken from
 * the demo scenarios. Infrastructure: it describes the web adapters, it adds nothing to what they do.
 */
package de.consortium.api.openapi;
