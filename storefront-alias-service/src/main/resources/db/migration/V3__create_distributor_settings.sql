-- A distributor's own storefront settings; a distributor without a row uses the configured defaults.
CREATE TABLE distributor_settings (
    distributor_id  varchar(64)   PRIMARY KEY,
    base_url        varchar(2000) NOT NULL,
    retention_days  integer       NOT NULL CHECK (retention_days BETWEEN 1 AND 3650),
    version         bigint        NOT NULL DEFAULT 0
);
