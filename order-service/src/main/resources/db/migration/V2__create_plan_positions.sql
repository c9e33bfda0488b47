-- Each reseller's plan as its executed orders imply it; validation and execution lock this row.
CREATE TABLE plan_position (
    reseller_id          varchar(64)  PRIMARY KEY,
    distributor_id       varchar(64)  NOT NULL,
    tier                 varchar(20)  NOT NULL CHECK (tier IN ('BASIC', 'FREE', 'STANDARD')),
    subscription_id      varchar(64),
    cancellation_pending boolean      NOT NULL DEFAULT false,
    version              bigint       NOT NULL DEFAULT 0
);

CREATE INDEX plan_position_distributor ON plan_position (distributor_id);
