CREATE TABLE IF NOT EXISTS ledger (
    project      VARCHAR(40) NOT NULL,
    code         VARCHAR(40) NOT NULL,
    version      BIGINT      NOT NULL,
    resolutions  INTEGER     NOT NULL,
    open_request VARCHAR(100),
    open_state   VARCHAR(20),
    open_cents   BIGINT      NOT NULL,
    paid_cents   BIGINT      NOT NULL,
    PRIMARY KEY (project, code)
);
