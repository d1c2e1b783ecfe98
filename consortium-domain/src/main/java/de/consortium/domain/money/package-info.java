/**
 * Money in exact cents, and the funding rate that splits eligible costs into grant and own share (rule R1.1).
 */
package de.consortium.domain.money;
