/**
 * Web adapter for the auditors' dossier: one ZIP per project or partner with its documents, its event history as
 * stored (JSON Lines), the hash chain it was verified against, the read models as of the export, and a manifest of
 * every file's SHA-256, so that an auditor can check it offline.
 */
package de.consortium.api.web.dossier;
