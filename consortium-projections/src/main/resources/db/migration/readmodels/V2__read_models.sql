-- Read models: products of the event history only; each projection owns its tables and empties them on reset.
-- Amounts are euro cents.

-- project status (processing group "project-status")
CREATE TABLE status_project (
    project_id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    title                 VARCHAR(500) NOT NULL,
    programme             VARCHAR(200) NOT NULL,
    lead_partner          VARCHAR(10)  NOT NULL,
    application_deadline  DATE         NOT NULL,
    running_from          DATE         NOT NULL,
    running_to            DATE         NOT NULL,
    registered_on         DATE         NOT NULL
);

CREATE TABLE status_measure (
    project_id  VARCHAR(40)  NOT NULL,
    code        VARCHAR(4)   NOT NULL,
    title       VARCHAR(500) NOT NULL,
    PRIMARY KEY (project_id, code)
);

CREATE TABLE status_partner (
    project_id               VARCHAR(40)  NOT NULL,
    partner_code             VARCHAR(10)  NOT NULL,
    name                     VARCHAR(300) NOT NULL,
    municipal_key            VARCHAR(8)   NOT NULL,
    lead_partner             BOOLEAN      NOT NULL,
    joined_on                DATE         NOT NULL,
    application_deadline     DATE         NOT NULL,
    cost_plan_set_on         DATE,
    application_approved_by  VARCHAR(100),
    own_share_financed_by    VARCHAR(100),
    application_submitted_on DATE,
    grant_decided_on         DATE,
    grant_awarded            BOOLEAN,
    version                  BIGINT       NOT NULL,
    PRIMARY KEY (project_id, partner_code)
);

CREATE TABLE status_open_disbursement (
    project_id    VARCHAR(40) NOT NULL,
    partner_code  VARCHAR(10) NOT NULL,
    request_id    VARCHAR(64) NOT NULL,
    payout_date   DATE        NOT NULL,
    PRIMARY KEY (project_id, partner_code, request_id)
);

-- budget drawdown (processing group "budget")
CREATE TABLE budget_partner (
    project_id         VARCHAR(40) NOT NULL,
    partner_code       VARCHAR(10) NOT NULL,
    name               VARCHAR(300) NOT NULL,
    funding_rate       VARCHAR(30),
    grant_percent      INTEGER,
    third_party_funds  BIGINT NOT NULL DEFAULT 0,
    eligible_costs     BIGINT NOT NULL DEFAULT 0,
    planned_grant      BIGINT NOT NULL DEFAULT 0,
    own_share          BIGINT NOT NULL DEFAULT 0,
    granted            BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, partner_code)
);

CREATE TABLE budget_year (
    project_id      VARCHAR(40) NOT NULL,
    partner_code    VARCHAR(10) NOT NULL,
    plan_year       INTEGER     NOT NULL,
    eligible_costs  BIGINT      NOT NULL,
    grant_amount    BIGINT      NOT NULL,
    own_share       BIGINT      NOT NULL,
    PRIMARY KEY (project_id, partner_code, plan_year)
);

CREATE TABLE budget_line (
    project_id    VARCHAR(40) NOT NULL,
    partner_code  VARCHAR(10) NOT NULL,
    plan_year     INTEGER     NOT NULL,
    cost_line     VARCHAR(8)  NOT NULL,
    planned       BIGINT      NOT NULL,
    PRIMARY KEY (project_id, partner_code, plan_year, cost_line)
);

CREATE TABLE budget_request (
    project_id    VARCHAR(40) NOT NULL,
    partner_code  VARCHAR(10) NOT NULL,
    request_id    VARCHAR(64) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    grant_amount  BIGINT      NOT NULL,
    PRIMARY KEY (project_id, partner_code, request_id)
);

CREATE TABLE budget_request_cost (
    project_id    VARCHAR(40) NOT NULL,
    partner_code  VARCHAR(10) NOT NULL,
    request_id    VARCHAR(64) NOT NULL,
    cost_year     INTEGER     NOT NULL,
    cost_line     VARCHAR(8)  NOT NULL,
    amount        BIGINT      NOT NULL,
    PRIMARY KEY (project_id, partner_code, request_id, cost_year, cost_line)
);

-- resolution states (processing group "resolutions")
CREATE TABLE resolution_partner (
    project_id    VARCHAR(40)  NOT NULL,
    partner_code  VARCHAR(10)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    PRIMARY KEY (project_id, partner_code)
);

CREATE TABLE resolution (
    project_id        VARCHAR(40)  NOT NULL,
    partner_code      VARCHAR(10)  NOT NULL,
    paper_reference   VARCHAR(100) NOT NULL,
    body              VARCHAR(200) NOT NULL,
    session_date      DATE         NOT NULL,
    title             VARCHAR(500),
    public_session    BOOLEAN      NOT NULL,
    subjects          VARCHAR(200) NOT NULL,
    outcome           VARCHAR(30)  NOT NULL,
    votes_in_favour   INTEGER,
    votes_against     INTEGER,
    votes_abstentions INTEGER,
    motions_answered  VARCHAR(2000) NOT NULL,
    recorded_at       TIMESTAMP    NOT NULL,
    PRIMARY KEY (project_id, partner_code, paper_reference, body, session_date)
);

-- disbursements (processing group "disbursements")
CREATE TABLE disbursement (
    project_id        VARCHAR(40) NOT NULL,
    partner_code      VARCHAR(10) NOT NULL,
    request_id        VARCHAR(64) NOT NULL,
    requested_on      DATE        NOT NULL,
    period_start      DATE        NOT NULL,
    period_end        DATE        NOT NULL,
    payout_date       DATE        NOT NULL,
    eligible_costs    BIGINT      NOT NULL,
    grant_amount      BIGINT      NOT NULL,
    status            VARCHAR(20) NOT NULL,
    approved_on       DATE,
    rejected_on       DATE,
    rejection_reason  VARCHAR(2000),
    paid_on           DATE,
    PRIMARY KEY (project_id, partner_code, request_id)
);
