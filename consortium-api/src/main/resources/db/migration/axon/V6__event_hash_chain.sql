-- Tamper evidence: per event a hash of its content, and a chain hash over the previous link (see HashChain).
CREATE TABLE event_hash (
    position          BIGINT       NOT NULL PRIMARY KEY,
    chain_index       BIGINT       NOT NULL,
    event_identifier  VARCHAR(255) NOT NULL,
    content_hash      VARCHAR(64)  NOT NULL,
    chain_hash        VARCHAR(64)  NOT NULL,
    CONSTRAINT event_hash_chain_index UNIQUE (chain_index)
);
