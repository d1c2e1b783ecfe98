package de.consortium.api.web.exports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Exports", description = "Budget, disbursements and the numeric proof of use for spreadsheet programs")
class ExportsController {

    private final SheetDownloads downloads;

    ExportsController(SheetDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping(path = "/api/projects/{projectId}/exports/{sheet}",
            produces = {SheetDownloads.CSV, SheetDownloads.XLSX})
    @Operation(operationId = "exportSheet",
            summary = "A read model as a file officials open: CSV (semicolons, decimal comma, UTF-8 with BOM) or XLSX"
                    + " with typed cells; budget per partner, year and cost line, disbursements, or the numeric"
                    + " proof of use per partner and cost line (planned, incurred, granted, paid)",
            responses = @ApiResponse(responseCode = "200", description = "The file",
                    content = {@Content(mediaType = SheetDownloads.CSV, schema = @Schema(type = "string")),
                            @Content(mediaType = SheetDownloads.XLSX,
                                    schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<byte[]> export(@PathVariable String projectId,
                                  @Parameter(example = "budget", schema = @Schema(
                                          allowableValues = {"budget", "disbursements", "proof-of-use"}))
                                  @PathVariable String sheet,
                                  @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx"}))
                                  @RequestParam(defaultValue = "csv") String format) {
        return downloads.download(projectId, sheet, format);
    }
}
