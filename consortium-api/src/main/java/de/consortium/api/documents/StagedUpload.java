package de.consortium.api.documents;

import de.consortium.api.support.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * An upload copied to a temporary file while its SHA-256 and size are taken, before anything is kept; closing it
 * removes the file. Copying stops past the size limit.
 */
public final class StagedUpload implements AutoCloseable {

    private final Path file;
    private final String sha256;
    private final long size;

    private StagedUpload(Path file, String sha256, long size) {
        this.file = file;
        this.sha256 = sha256;
        this.size = size;
    }

    /** Returns {@code null} (and keeps nothing) if the content is larger than {@code maxSize}. */
    public static StagedUpload of(InputStream content, long maxSize) throws IOException {
        Path file = Files.createTempFile("consortium-upload-", ".part");
        MessageDigest digest = Sha256.digest();
        long size = 0;
        try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > maxSize) {
                    Files.delete(file);
                    return null;
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new StagedUpload(file, Sha256.hex(digest), size);
    }

    public Path file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
