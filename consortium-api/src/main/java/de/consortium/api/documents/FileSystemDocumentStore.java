package de.consortium.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Documents as files under a directory ({@code <project>/<partner>/<sha256>}). A put copies the staged file next to
 * its place, forces it to disk, renames it into place atomically and forces the directory, so a crash leaves either
 * the whole document or none under its name. What a crash left half-copied is removed at the next start.
 */
class FileSystemDocumentStore implements DocumentStore {

    private final Path root;

    private static final String PARTIAL = ".partial";

    FileSystemDocumentStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path partial : files.filter(file -> file.getFileName().toString().endsWith(PARTIAL)).toList()) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private Path pathOf(DocumentAddress address) {
        return root.resolve(address.partner().projectId()).resolve(address.partner().partnerCode())
                .resolve(address.sha256());
    }

    @Override
    public boolean contains(DocumentAddress address) {
        return Files.isRegularFile(pathOf(address));
    }

    @Override
    public void put(DocumentAddress address, Path staged) throws IOException {
        Path target = pathOf(address);
        if (Files.isRegularFile(target)) {
            return;
        }
        Path directory = Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(directory, address.sha256(), PARTIAL);
        try {
            Files.copy(staged, partial, StandardCopyOption.REPLACE_EXISTING);
            force(partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            force(directory);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
            // some file systems cannot open a directory to force it; the rename is then as durable as they allow
        }
    }

    @Override
    public InputStream open(DocumentAddress address) throws IOException {
        try {
            return Files.newInputStream(pathOf(address));
        } catch (NoSuchFileException e) {
            throw new MissingDocument(address);
        }
    }

    @Override
    public void delete(DocumentAddress address) throws IOException {
        Files.deleteIfExists(pathOf(address));
    }
}
