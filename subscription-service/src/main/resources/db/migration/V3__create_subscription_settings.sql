-- Each distributor's own subscription settings; a distributor without a row uses the deployment default.
CREATE TABLE subscription_settings (
    distributor_id              varchar(64) PRIMARY KEY,
    default_cancellation_policy varchar(16) NOT NULL
        CHECK (default_cancellation_policy IN ('END_OF_TERM', 'IMMEDIATE')),
    updated_at                  timestamptz NOT NULL,
    version                     bigint      NOT NULL DEFAULT 0
);
