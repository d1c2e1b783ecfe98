/** Web adapter for operators: start a partner's OParl import and read the reports of the last imports. */
package de.consortium.api.web.oparl;
