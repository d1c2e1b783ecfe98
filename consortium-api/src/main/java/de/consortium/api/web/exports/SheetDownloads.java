package de.consortium.api.web.exports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A project's sheet as a file to download: CSV in the German convention, or XLSX with typed cells. */
@Component
public class SheetDownloads {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProjectSheets sheets;

    SheetDownloads(ProjectSheets sheets) {
        this.sheets = sheets;
    }

    /** {@code sheet} as its path names it (budget, disbursements, proof-of-use), {@code format} csv or xlsx. */
    public ResponseEntity<byte[]> download(String projectId, String sheet, String format) {
        ExportedSheet exported = ExportedSheet.named(sheet);
        boolean csv = switch (format) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw new IllegalArgumentException("an export is 'csv' or 'xlsx', not '" + format + "'");
        };
        Sheet table = sheets.of(projectId, exported);
        return ResponseEntity.ok()
                .contentType(csv ? MediaType.parseMediaType(CSV + ";charset=UTF-8") : MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(projectId + "-" + exported.pathName() + "." + format).build().toString())
                .body(csv ? GermanCsv.of(table) : TypedXlsx.of(table));
    }
}
