-- Nodes sharing the event processors' segments announce themselves here (see SegmentBalancer).
CREATE TABLE consortium_node (
    node_id       VARCHAR(255)             NOT NULL PRIMARY KEY,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
