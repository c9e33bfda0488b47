-- The name and address a distributor's emails come from, and the name they sign with.
CREATE TABLE sender_settings (
    distributor_id   varchar(64)  PRIMARY KEY,
    distributor_name varchar(200) NOT NULL,
    sender_name      varchar(200) NOT NULL,
    sender_address   varchar(320) NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
