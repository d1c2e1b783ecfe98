package de.consortium.api.web.exports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * XLSX whose cells are what they hold: amounts as numbers in euro format, dates as dates, whole numbers as numbers,
 * text as text; the heading row bold and frozen.
 */
final class TypedXlsx {

    private TypedXlsx() {
    }

    static byte[] of(Sheet sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            XSSFSheet table = workbook.createSheet(sheet.name());
            Row headings = table.createRow(0);
            for (int column = 0; column < sheet.headings().size(); column++) {
                Cell cell = headings.createCell(column);
                cell.setCellValue(sheet.headings().get(column));
                cell.setCellStyle(styles.heading);
                table.setColumnWidth(column, 22 * 256);
            }
            table.createFreezePane(0, 1);
            List<List<Object>> rows = sheet.rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = table.createRow(r + 1);
                for (int column = 0; column < rows.get(r).size(); column++) {
                    write(row.createCell(column), rows.get(r).get(column), styles);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, Styles styles) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(styles.euros);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private static final class Styles {

        private final CellStyle heading;
        private final CellStyle euros;
        private final CellStyle date;

        private Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            euros = workbook.createCellStyle();
            euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"€\""));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        }
    }
}
