package de.consortium.api.web.oparl;

import de.consortium.api.oparl.ImportReport;
import de.consortium.api.oparl.OParlImport;
import de.consortium.api.security.Actor;
import de.consortium.domain.rules.UnknownReference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "OParl imports", description = "Council resolutions brought in from the councils' own information"
        + " systems (OParl 1.1)")
class OParlImportsController {

    private final OParlImport imports;

    OParlImportsController(OParlImport imports) {
        this.imports = imports;
    }

    @PostMapping("/api/operations/oparl-imports/{projectId}/{partner}")
    @Operation(operationId = "importCouncilResolutions", summary = "Import the decisions on the papers the partner"
            + " follows from its council's OParl system now; answers the report (a failed read imports nothing)")
    ImportReport run(@PathVariable String projectId,
                     @Parameter(example = "LHM") @PathVariable String partner) {
        return imports.run(imports.source(projectId, partner).orElseThrow(() -> new UnknownReference(
                "No OParl system is configured for partner " + partner + " of project " + projectId + ".")),
                "oparl-import by " + Actor.current().name());
    }

    @GetMapping("/api/operations/oparl-imports")
    @Operation(operationId = "listCouncilResolutionImports", summary = "The report of each source's last import")
    ImportReports reports() {
        return new ImportReports(imports.reports());
    }
}
