/**
 * The partner aggregate: one city in one project, where every command of that city is judged by the programme's
 * rules.
 */
package de.consortium.domain.partner;
