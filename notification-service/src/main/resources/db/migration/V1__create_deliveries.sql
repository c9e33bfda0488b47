-- Every email the service owes someone, one row per recipient per event, and each SMTP attempt at it.
CREATE TABLE delivery (
    id              uuid         PRIMARY KEY,
    distributor_id  varchar(64)  NOT NULL,
    reseller_id     varchar(100) NOT NULL,
    template_key    varchar(100) NOT NULL,
    event_id        varchar(100) NOT NULL,
    recipient       varchar(320) NOT NULL,
    subject         text         NOT NULL,
    html_body       text         NOT NULL,
    text_body       text         NOT NULL,
    message_id      varchar(255) NOT NULL UNIQUE,
    status          varchar(16)  NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'DEAD')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    -- one delivery per recipient per event, whatever redelivery or retry happens upstream
    CONSTRAINT delivery_once_per_recipient UNIQUE (event_id, template_key, recipient)
);

-- The sender only looks for what is due.
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('QUEUED', 'FAILED');
-- The deliveries list pages newest first within a distributor.
CREATE INDEX delivery_by_distributor ON delivery (distributor_id, created_at DESC, id DESC);

CREATE TABLE delivery_attempt (
    id              uuid         PRIMARY KEY,
    distributor_id  varchar(64)  NOT NULL,
    delivery_id     uuid         NOT NULL REFERENCES delivery (id),
    at              timestamptz  NOT NULL,
    outcome         varchar(16)  NOT NULL CHECK (outcome IN ('SENT', 'FAILED')),
    smtp_reply      text
);

CREATE INDEX delivery_attempt_by_delivery ON delivery_attempt (delivery_id, at);

-- Each reseller's current storefront URL, learnt from storefront.activated.v1, for later emails.
CREATE TABLE reseller_storefront (
    distributor_id  varchar(64)  NOT NULL,
    reseller_id     varchar(100) NOT NULL,
    storefront_url  text         NOT NULL,
    alias           varchar(63)  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    PRIMARY KEY (distributor_id, reseller_id)
);
