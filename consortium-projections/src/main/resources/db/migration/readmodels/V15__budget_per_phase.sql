-- The budget follows each partner's plan and drawdown per phase (A, B) too.
CREATE TABLE budget_phase (
    project_id    VARCHAR(40) NOT NULL,
    partner_code  VARCHAR(10) NOT NULL,
    phase         VARCHAR(1)  NOT NULL,
    planned       BIGINT      NOT NULL,
    PRIMARY KEY (project_id, partner_code, phase)
);
ALTER TABLE budget_request ADD COLUMN phase VARCHAR(1);
