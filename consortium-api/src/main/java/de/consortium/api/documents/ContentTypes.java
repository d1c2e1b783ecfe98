package de.consortium.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells a file's media type from its content, not from its name or what the client declared: PDF, PNG and JPEG by
 * their signatures; Office Open XML and OpenDocument files by the parts of their ZIP; UTF-8 text without control
 * characters as plain text (CSV when so named). Anything else is {@code application/octet-stream}.
 */
public final class ContentTypes {

    public static final String UNKNOWN = "application/octet-stream";
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int HEAD = 8;

    private ContentTypes() {
    }

    public static String detect(Path file, String fileName) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (startsWith(head, PDF)) {
            return "application/pdf";
        }
        if (startsWith(head, PNG)) {
            return "image/png";
        }
        if (startsWith(head, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(head, ZIP)) {
            return officeType(file);
        }
        if (isText(Files.readAllBytes(file))) {
            boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
            return csv ? "text/csv" : "text/plain";
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0,
                signature.length);
    }

    private static String officeType(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return type.startsWith("application/vnd.oasis.opendocument.") ? type : "application/zip";
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return "application/zip";
            }
            if (zip.getEntry("word/document.xml") != null) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            return zip.getEntry("ppt/presentation.xml") != null
                    ? "application/vnd.openxmlformats-officedocument.presentationml.presentation" : "application/zip";
        } catch (java.util.zip.ZipException notAZip) {
            return UNKNOWN;
        }
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
