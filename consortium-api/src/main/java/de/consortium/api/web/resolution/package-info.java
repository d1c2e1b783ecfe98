/**
 * Web adapter of council resolutions: pass-council-resolution and the resolution read model.
 */
package de.consortium.api.web.resolution;
