/**
 * Web adapter for documents: uploading a partner's document (checked, hashed and kept before the event names it),
 * listing and reading them, downloading their bytes checked against their hash, and deleting them after retention.
 */
package de.consortium.api.web.document;
