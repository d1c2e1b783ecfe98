-- The documents partners keep: what each is, which proofs of use enclose it, and the day its retention runs out.
CREATE TABLE document (
    project_id      VARCHAR(64)  NOT NULL,
    partner_code    VARCHAR(64)  NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    recorded_on     DATE         NOT NULL,
    recorded_at     TIMESTAMP    NOT NULL,
    deleted_on      DATE,
    deletion_reason VARCHAR(1000),
    PRIMARY KEY (project_id, partner_code, sha256)
);

CREATE TABLE document_enclosure (
    project_id     VARCHAR(64) NOT NULL,
    partner_code   VARCHAR(64) NOT NULL,
    sha256         CHAR(64)    NOT NULL,
    proof_id       VARCHAR(64) NOT NULL,
    proof_document VARCHAR(60) NOT NULL,
    submitted_on   DATE        NOT NULL,
    PRIMARY KEY (project_id, partner_code, sha256, proof_id, proof_document)
);

CREATE TABLE document_partner_proof (
    project_id   VARCHAR(64) NOT NULL,
    partner_code VARCHAR(64) NOT NULL,
    proof_id     VARCHAR(64) NOT NULL,
    submitted_on DATE        NOT NULL,
    PRIMARY KEY (project_id, partner_code, proof_id)
);

-- A resolution names the paper document it was passed on, where the partner keeps it.
ALTER TABLE resolution ADD COLUMN paper_document CHAR(64);
