-- Read-model rebuilds requested by operators and carried out by all nodes together (see ReplayCoordinator).
CREATE TABLE processor_replay (
    processor_name  VARCHAR(255)             NOT NULL PRIMARY KEY,
    status          VARCHAR(20)              NOT NULL,
    requested_by    VARCHAR(255)             NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reset_by        VARCHAR(255),
    finished_at     TIMESTAMP WITH TIME ZONE
);
