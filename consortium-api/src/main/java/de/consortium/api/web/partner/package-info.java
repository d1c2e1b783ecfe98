/**
 * Web adapter of partners: join-consortium, and a partner's status with its version as ETag.
 */
package de.consortium.api.web.partner;
