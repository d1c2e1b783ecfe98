-- Where each partner's OParl import stands: the newest change read, papers still undecided, the last report.
CREATE TABLE oparl_import (
    project_id     VARCHAR(64) NOT NULL,
    partner_code   VARCHAR(64) NOT NULL,
    modified_since VARCHAR(40),
    pending        TEXT,
    report         TEXT,
    PRIMARY KEY (project_id, partner_code)
);
