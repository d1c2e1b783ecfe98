/**
 * Web adapter of proofs of use: submit, accept, object.
 */
package de.consortium.api.web.proofofuse;
