/**
 * Web adapter of the exports officials open in spreadsheet programs: budget, disbursements and the numeric proof of
 * use, as CSV in the German convention and as XLSX with typed cells.
 */
package de.consortium.api.web.exports;
