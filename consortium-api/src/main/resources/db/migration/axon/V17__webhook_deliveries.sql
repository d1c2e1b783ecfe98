-- Deliveries of events to webhooks: recorded once per hook and event, in the transaction that processes the event,
-- then sent (and sent again) from here; the log operators read and replay.
CREATE TABLE webhook_delivery (
    id               VARCHAR(400)             NOT NULL PRIMARY KEY,
    hook             VARCHAR(100)             NOT NULL,
    event_id         VARCHAR(255)             NOT NULL,
    event_type       VARCHAR(255)             NOT NULL,
    project_id       VARCHAR(40)              NOT NULL,
    body             VARCHAR(10000)           NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    attempts         INTEGER                  NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_answer      VARCHAR(1000),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
