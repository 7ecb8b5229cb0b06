package de.bruecke.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** Reads one sheet of an XLSX workbook as text, numbers and dates as a person would type them. */
final class XlsxReading {

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private XlsxReading() {
    }

    static List<String> sheetNames(byte[] content) throws UnreadableSpreadsheet {
        try (var workbook = open(content)) {
            return workbook.getSheets().map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw malformed(e);
        }
    }

    /** The named sheet, or with a null name the first sheet with content, visible sheets first. */
    static Table read(byte[] content, String sheetName, SpreadsheetLimits limits) throws UnreadableSpreadsheet {
        try (var workbook = open(content)) {
            List<Sheet> candidates;
            if (sheetName != null) {
                candidates = List.of(workbook.findSheet(sheetName)
                        .orElseThrow(() -> UnreadableSpreadsheet.noSuchSheet(sheetName)));
            } else {
                candidates = workbook.getSheets()
                        .sorted(Comparator.comparing(sheet -> sheet.getVisibility() != SheetVisibility.VISIBLE))
                        .toList();
            }
            for (Sheet sheet : candidates) {
                var rows = new TableRows(limits);
                try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                    var iterator = stream.iterator();
                    while (iterator.hasNext()) {
                        var row = iterator.next();
                        rows.add(row.getRowNum(), cells(row));
                    }
                }
                if (rows.hasHeader()) {
                    return rows.table(SpreadsheetFormat.XLSX, sheet.getName());
                }
            }
            throw UnreadableSpreadsheet.empty();
        } catch (UnreadableSpreadsheet e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw malformed(e);
        }
    }

    private static ReadableWorkbook open(byte[] content) throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(content), OPTIONS);
    }

    private static UnreadableSpreadsheet malformed(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        return UnreadableSpreadsheet.malformed(0, String.valueOf(cause.getMessage()), e);
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
        int count = row.getCellCount();
        var cells = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            cells.add(SpreadsheetCells.trim(text(row.getCell(i))));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case NUMBER:
                return number(cell, raw);
            case BOOLEAN:
                return "1".equals(raw) ? "TRUE" : "0".equals(raw) ? "FALSE" : raw;
            case EMPTY:
                return "";
            default:
                return raw;
        }
    }

    private static String number(Cell cell, String raw) {
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            try {
                return date(cell.asDate(), value);
            } catch (RuntimeException e) {
                return raw;
            }
        }
        return value.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime dateTime, BigDecimal serial) {
        boolean wholeDays = serial.stripTrailingZeros().scale() <= 0;
        if (wholeDays) {
            return dateTime.format(DATE);
        }
        if (serial.compareTo(BigDecimal.ONE) < 0 && serial.signum() >= 0) {
            return dateTime.format(TIME);
        }
        return dateTime.format(DATE_TIME);
    }

    static boolean isDateFormat(Integer id, String format) {
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        if (format == null || format.isEmpty() || "general".equalsIgnoreCase(format)) {
            return false;
        }
        String section = format.split(";", 2)[0];
        var plain = new StringBuilder();
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int end = section.indexOf('"', i + 1);
                i = end < 0 ? section.length() : end;
            } else if (c == '[') {
                int end = section.indexOf(']', i + 1);
                String inside = end < 0 ? "" : section.substring(i + 1, end);
                if (inside.toLowerCase(Locale.ROOT).matches("[hms]+")) {
                    plain.append(inside);
                }
                i = end < 0 ? section.length() : end;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else {
                plain.append(c);
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT).chars().anyMatch(c -> "ymdhs".indexOf(c) >= 0);
    }
}
