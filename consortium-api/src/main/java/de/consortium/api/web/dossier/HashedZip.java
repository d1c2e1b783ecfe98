package de.consortium.api.web.dossier;

import de.consortium.api.support.Sha256;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A ZIP written entry by entry that remembers each entry's SHA-256 and size, for the manifest. */
final class HashedZip implements AutoCloseable {

    /** An entry as the manifest lists it. */
    record Entry(String path, String sha256, long size) {
    }

    /** What writes an entry's content. */
    interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private final ZipOutputStream zip;
    private final List<Entry> entries = new ArrayList<>();

    HashedZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void add(String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
        MessageDigest digest = Sha256.digest();
        digest.update(content);
        entries.add(new Entry(path, Sha256.hex(digest), content.length));
    }

    void addText(String path, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = Sha256.digest();
        long[] size = {0};
        OutputStream counting = new FilterOutputStream(new DigestOutputStream(nonClosing(zip), digest)) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                size[0] += length;
            }
        };
        try (Writer writer = new OutputStreamWriter(counting, StandardCharsets.UTF_8)) {
            content.writeTo(writer);
        }
        zip.closeEntry();
        entries.add(new Entry(path, Sha256.hex(digest), size[0]));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
