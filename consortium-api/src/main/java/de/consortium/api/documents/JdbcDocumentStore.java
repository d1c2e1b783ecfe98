package de.consortium.api.documents;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Documents as rows of the database the instances share ({@code document_content}); an insert commits before
 * {@link #put} returns. Uploads are bounded in size ({@code consortium.documents.max-size}), so a row holds one.
 */
class JdbcDocumentStore implements DocumentStore {

    private final JdbcTemplate jdbc;

    JdbcDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean contains(DocumentAddress address) {
        return !jdbc.queryForList("SELECT 1 FROM document_content WHERE address = ?", Integer.class,
                address.key()).isEmpty();
    }

    @Override
    public void put(DocumentAddress address, Path staged) throws IOException {
        byte[] content = Files.readAllBytes(staged);
        try {
            jdbc.update("INSERT INTO document_content (address, content) VALUES (?, ?)", address.key(), content);
        } catch (DuplicateKeyException alreadyKept) {
            // the same address names the same bytes
        }
    }

    @Override
    public InputStream open(DocumentAddress address) throws IOException {
        List<byte[]> rows = jdbc.query("SELECT content FROM document_content WHERE address = ?",
                (rs, row) -> rs.getBytes(1), address.key());
        if (rows.isEmpty()) {
            throw new MissingDocument(address);
        }
        return new ByteArrayInputStream(rows.get(0));
    }

    @Override
    public void delete(DocumentAddress address) {
        jdbc.update("DELETE FROM document_content WHERE address = ?", address.key());
    }
}
