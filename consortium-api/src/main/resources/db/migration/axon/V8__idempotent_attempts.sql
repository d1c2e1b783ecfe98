-- Attempts at Idempotency-Key requests (see IdempotentRequests): which attempt is current, which node runs it and
-- since when, and what it stored, written in the transaction that stored the command's events.
ALTER TABLE idempotent_request ADD COLUMN attempt INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE idempotent_request ADD COLUMN owner VARCHAR(255);
ALTER TABLE idempotent_request ADD COLUMN attempt_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE idempotent_request ADD COLUMN aggregate_id VARCHAR(255);
ALTER TABLE idempotent_request ADD COLUMN aggregate_version BIGINT;
