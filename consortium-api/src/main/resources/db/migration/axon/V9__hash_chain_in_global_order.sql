-- The hash chain links the stored history in global order, over the stored bytes (see HashChain). Links made before
-- hashed re-serialized payloads, which did not come out alike on every node: the chain starts again from the first
-- event, and the event processor that used to build it is gone.
DROP TABLE event_hash;
DELETE FROM tokenentry WHERE processorname = 'audit-chain';

CREATE TABLE event_hash (
    position          BIGINT       NOT NULL PRIMARY KEY,
    chain_index       BIGINT       NOT NULL,
    event_identifier  VARCHAR(255) NOT NULL,
    content_hash      VARCHAR(64)  NOT NULL,
    chain_hash        VARCHAR(64)  NOT NULL,
    CONSTRAINT event_hash_chain_index UNIQUE (chain_index)
);

-- One row: every position up to frontier is linked or was passed as a gap; length links; the latest chain hash.
CREATE TABLE audit_chain_head (
    id          INTEGER     NOT NULL PRIMARY KEY,
    frontier    BIGINT      NOT NULL,
    length      BIGINT      NOT NULL,
    chain_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, frontier, length, chain_hash)
VALUES (1, -1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Runs of positions missing between stored events when the chain first saw them (appends not committed yet).
CREATE TABLE audit_chain_gap (
    first_position  BIGINT                   NOT NULL PRIMARY KEY,
    last_position   BIGINT                   NOT NULL,
    seen_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
