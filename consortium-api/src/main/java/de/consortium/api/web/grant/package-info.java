/**
 * Web adapter of the funder's grant decision (record-grant-decision).
 */
package de.consortium.api.web.grant;
