-- Answers to requests sent with an Idempotency-Key, so that a retry gets the first answer (see IdempotencyFilter).
CREATE TABLE idempotent_request (
    principal        VARCHAR(255)             NOT NULL,
    idempotency_key  VARCHAR(255)             NOT NULL,
    request_hash     VARCHAR(64)              NOT NULL,
    status           INTEGER,
    content_type     VARCHAR(255),
    location         VARCHAR(2000),
    body             BYTEA,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotent_request_created_at ON idempotent_request (created_at);
