package de.bruecke.platform.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Recognises what a file is from its bytes, and turns text files into strings. */
final class Content {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] WORKBOOK_ENTRY = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);
    private static final List<byte[]> BINARY_SIGNATURES = List.of(
            new byte[] { 'P', 'K', 5, 6 },
            new byte[] { 'P', 'K', 7, 8 },
            new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
            new byte[] { (byte) 0x89, 'P', 'N', 'G' },
            new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
            new byte[] { 'G', 'I', 'F', '8' },
            new byte[] { '%', 'P', 'D', 'F', '-' },
            new byte[] { 0x1F, (byte) 0x8B },
            new byte[] { 'R', 'a', 'r', '!' },
            new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF },
            new byte[] { 'B', 'Z', 'h' },
            new byte[] { (byte) 0xFD, '7', 'z', 'X', 'Z' });
    private static final int SAMPLE = 64 * 1024;

    private Content() {
    }

    /** The format of a file that is neither empty, nor too large, nor binary. */
    static SpreadsheetFormat format(byte[] content, SpreadsheetLimits limits) throws UnreadableSpreadsheet {
        if (content.length == 0) {
            throw UnreadableSpreadsheet.empty();
        }
        if (content.length > limits.maxBytes()) {
            throw UnreadableSpreadsheet.tooLarge(limits, 0);
        }
        if (startsWith(content, ZIP)) {
            if (indexOf(content, WORKBOOK_ENTRY) >= 0) {
                return SpreadsheetFormat.XLSX;
            }
            throw UnreadableSpreadsheet.binary("zip archive without xl/workbook.xml");
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(content, signature)) {
                throw UnreadableSpreadsheet.binary("file signature");
            }
        }
        return SpreadsheetFormat.CSV;
    }

    /** The text of a CSV file: UTF-8 with or without BOM, UTF-16 with BOM or recognisable without, else Windows-1252. */
    static String text(byte[] content) throws UnreadableSpreadsheet {
        String text = decode(content);
        text = stripLeadingBom(text);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\u001A') {
            end--;
        }
        text = text.substring(0, end);
        if (SpreadsheetCells.trim(text).isEmpty()) {
            throw UnreadableSpreadsheet.empty();
        }
        if (looksBinary(text)) {
            throw UnreadableSpreadsheet.binary("control characters");
        }
        return text;
    }

    private static String decode(byte[] content) throws UnreadableSpreadsheet {
        if (startsWith(content, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
            return strictOr(content, 3, StandardCharsets.UTF_8, WINDOWS_1252);
        }
        if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(content);
        if (utf16 != null) {
            return new String(content, utf16);
        }
        if (indexOf(content, new byte[] { 0 }) >= 0) {
            throw UnreadableSpreadsheet.binary("NUL bytes");
        }
        return strictOr(content, 0, StandardCharsets.UTF_8, WINDOWS_1252);
    }

    private static String strictOr(byte[] content, int offset, Charset strict, Charset fallback) {
        try {
            return strict.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, offset, content.length - offset, fallback);
        }
    }

    private static Charset utf16WithoutBom(byte[] content) {
        int length = Math.min(content.length, SAMPLE) & ~1;
        if (length < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            if (content[i] == 0) {
                evenZeros++;
            }
            if (content[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = length / 2;
        if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 9 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String stripLeadingBom(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\uFEFF') {
            start++;
        }
        return text.substring(start);
    }

    private static boolean looksBinary(String text) {
        int length = Math.min(text.length(), SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > length;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
