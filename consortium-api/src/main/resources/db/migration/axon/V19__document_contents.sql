-- Documents' bytes where consortium.documents.store=jdbc: content-addressed per partner (project/partner/sha256).
CREATE TABLE document_content (
    address VARCHAR(200) PRIMARY KEY,
    content BYTEA        NOT NULL
);
