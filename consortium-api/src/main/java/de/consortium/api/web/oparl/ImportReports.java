package de.consortium.api.web.oparl;

import de.consortium.api.oparl.ImportReport;

import java.util.List;

/** The last report of every source's import, by project and partner. */
public record ImportReports(List<ImportReport> reports) {
}
