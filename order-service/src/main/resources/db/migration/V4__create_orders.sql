-- Orders with their single plan line (one plan product per order, quantity 1).
CREATE TABLE orders (
    id                uuid         PRIMARY KEY,
    distributor_id    varchar(64)  NOT NULL,
    reseller_id       varchar(64)  NOT NULL,
    kind              varchar(20)  NOT NULL CHECK (kind IN ('NEW', 'UPGRADE')),
    channel           varchar(20)  NOT NULL CHECK (channel IN ('BSS', 'STOREFRONT', 'SCHEDULER')),
    status            varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'EXECUTED', 'REJECTED', 'EXPIRED')),
    product           varchar(40)  NOT NULL REFERENCES plan_product (code),
    plan              varchar(20)  NOT NULL CHECK (plan IN ('FREE', 'STANDARD')),
    line_id           uuid         NOT NULL,
    storefront_alias  varchar(63),
    subscription_id   varchar(64),
    actor_subject     varchar(255) NOT NULL,
    actor_role        varchar(40)  NOT NULL,
    created_at        timestamptz  NOT NULL,
    executed_at       timestamptz,
    rejected_reason   text,
    version           bigint       NOT NULL DEFAULT 0
);

-- Lists are keyset-paged newest first, per distributor and optionally per reseller and status.
CREATE INDEX orders_distributor_created ON orders (distributor_id, created_at DESC, id DESC);
CREATE INDEX orders_reseller_created ON orders (distributor_id, reseller_id, created_at DESC, id DESC);
