-- Phases, strategy resolutions, proofs of use and repayment claims in the read models.

ALTER TABLE status_partner ADD COLUMN has_phase_a BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE status_partner ADD COLUMN has_phase_b BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE status_partner ADD COLUMN strategy_adopted_by VARCHAR(100);
ALTER TABLE status_partner ADD COLUMN proof_a_accepted_on DATE;
ALTER TABLE status_partner ADD COLUMN proof_b_accepted_on DATE;

ALTER TABLE resolution_partner ADD COLUMN has_phase_b BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE budget_repayment (
    project_id    VARCHAR(40) NOT NULL,
    partner_code  VARCHAR(10) NOT NULL,
    claim_id      VARCHAR(64) NOT NULL,
    principal     BIGINT      NOT NULL,
    interest      BIGINT      NOT NULL,
    PRIMARY KEY (project_id, partner_code, claim_id)
);

ALTER TABLE disbursement ADD COLUMN phase VARCHAR(1) NOT NULL DEFAULT 'B';
ALTER TABLE disbursement ADD COLUMN final_installment BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE repayment_claim (
    project_id    VARCHAR(40)   NOT NULL,
    partner_code  VARCHAR(10)   NOT NULL,
    claim_id      VARCHAR(64)   NOT NULL,
    request_id    VARCHAR(64)   NOT NULL,
    claimed_on    DATE          NOT NULL,
    principal     BIGINT        NOT NULL,
    interest      BIGINT        NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (project_id, partner_code, claim_id)
);

CREATE TABLE proof_of_use (
    project_id    VARCHAR(40)   NOT NULL,
    partner_code  VARCHAR(10)   NOT NULL,
    proof_id      VARCHAR(64)   NOT NULL,
    phase         VARCHAR(1)    NOT NULL,
    submitted_on  DATE          NOT NULL,
    documents     VARCHAR(1000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    decided_on    DATE,
    objections    VARCHAR(4000),
    PRIMARY KEY (project_id, partner_code, proof_id)
);
