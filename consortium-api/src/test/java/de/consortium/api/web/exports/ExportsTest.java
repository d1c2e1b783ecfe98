package de.consortium.api.web.exports;

import de.consortium.api.ApiTest;
import de.consortium.api.CutRequests;
import de.consortium.api.HttpClient;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Budget, disbursements and the numeric proof of use as files German officials open in their spreadsheets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsTest extends ApiTest {

    private static final String PROJECT = "SC20-EXPORT";
    private static final String EXPORTS = "/api/projects/" + PROJECT + "/exports/";

    @Autowired
    private TestRestTemplate rest;

    @BeforeAll
    void munichIsPaidItsFirstInstallment() {
        HttpClient http = new HttpClient(rest);
        CutRequests.munichFunded(http, PROJECT);
        String munich = "/api/projects/" + PROJECT + "/partners/LHM";
        http.as("lhm").command(munich + "/request-disbursement", CutRequests.MUNICH_FIRST_REQUEST);
        http.as("kfw-approver").command(munich + "/disbursements/LHM-2021-1/approve", "{\"approvedOn\": \"2021-07-20\"}");
        http.as("kfw-payer").command(munich + "/disbursements/LHM-2021-1/pay", "{\"paidOn\": \"2021-07-31\"}");
    }

    @Test
    void theBudgetAsCsvOpensInGermanSpreadsheets() {
        // the read models are asynchronous: wait until they show the payment
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(csv("budget"))
                .contains(";1900000,00;1235000,00;665000,00;400000,00;400000,00;400000,00;1500000,00\r\n"));
        String budget = csv("budget");
        assertThat(budget).contains("Landeshauptstadt München;2021;2.1.1;");
        assertThat(budget).startsWith("\uFEFFKommune;Jahr;Kostenposition;Bezeichnung;Geplante Kosten;Zuwendung;"
                + "Eigenanteil;Abgerufene Kosten;Bewilligte Kosten;Ausgezahlte Kosten;Noch nicht abgerufen\r\n");
    }

    @Test
    void theDisbursementsNameTheirStepsAndWhoTookThem() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(csv("disbursements"))
                .contains("LHM;LHM-2021-1;B;nein;05.07.2021;01.01.2021;30.06.2021;31.07.2021;400000,00;260000,00;"
                        + "ausgezahlt;20.07.2021;kfw-approver;;;31.07.2021;kfw-payer\r\n"));
    }

    @Test
    void theNumericProofOfUseAsXlsxHasTypedCells() throws Exception {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(csv("proof-of-use"))
                .contains(";9777692,31;400000,00;6355500,00;400000,00\r\n"));
        ResponseEntity<byte[]> xlsx = download("proof-of-use", "xlsx");
        assertThat(xlsx.getHeaders().getContentType()).hasToString(SheetDownloads.XLSX);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo(PROJECT + "-proof-of-use.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            List<Row> rows = StreamSupport.stream(workbook.getSheet("Verwendungsnachweis").spliterator(), false)
                    .toList();
            assertThat(text(rows.get(0))).containsExactly("Kommune", "Kostenposition", "Bezeichnung",
                    "Geplante Kosten", "Angefallene Kosten (abgerufen)", "Zuwendung", "Ausgezahlte Kosten");
            Row munich = rows.stream().filter(row -> row.getCell(0).getStringCellValue()
                    .equals("Landeshauptstadt München")).findFirst().orElseThrow();
            assertThat(munich.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(munich.getCell(3).getNumericCellValue()).isEqualTo(9777692.31);
            assertThat(munich.getCell(3).getCellStyle().getDataFormatString()).contains("€");
            assertThat(munich.getCell(4).getNumericCellValue()).isEqualTo(400000.00);
            assertThat(munich.getCell(5).getNumericCellValue()).isEqualTo(6355500.00);
            assertThat(munich.getCell(6).getNumericCellValue()).isEqualTo(400000.00);
        }
        ResponseEntity<byte[]> disbursements = download("disbursements", "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(disbursements.getBody()))) {
            Cell requestedOn = workbook.getSheetAt(0).getRow(1).getCell(4);
            assertThat(DateUtil.isCellDateFormatted(requestedOn)).isTrue();
            assertThat(requestedOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 7, 5));
        }
    }

    @Test
    void anUnknownExportOrFormatIsRefusedClearly() {
        ResponseEntity<byte[]> unknownSheet = download("everything", "csv");
        assertThat(unknownSheet.getStatusCode().value()).isEqualTo(404);
        assertThat(new String(unknownSheet.getBody(), StandardCharsets.UTF_8)).contains("budget", "proof-of-use");
        assertThat(download("budget", "pdf").getStatusCode().value()).isEqualTo(400);
        assertThat(download("budget", "csv").getStatusCode().value()).isEqualTo(200);
    }

    private String csv(String sheet) {
        ResponseEntity<byte[]> answer = download(sheet, "csv");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        return new String(answer.getBody(), StandardCharsets.UTF_8);
    }

    private ResponseEntity<byte[]> download(String sheet, String format) {
        return rest.withBasicAuth("auditor", "auditor-demo").exchange(EXPORTS + sheet + "?format=" + format,
                HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }

    private static List<String> text(Row row) {
        return StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
    }
}
