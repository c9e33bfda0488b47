-- A reseller's storefront. Its URL is not stored: it is the distributor's current base URL + "/" + alias.
CREATE TABLE storefront (
    id              uuid         PRIMARY KEY,
    distributor_id  varchar(64)  NOT NULL,
    reseller_id     varchar(100) NOT NULL,
    subscription_id varchar(100) NOT NULL,
    alias           varchar(63)  NOT NULL,
    plan            varchar(16)  NOT NULL CHECK (plan IN ('FREE', 'STANDARD')),
    status          varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'PURGED')),
    settings        jsonb        NOT NULL DEFAULT '{}'::jsonb,
    activated_at    timestamptz  NOT NULL,
    suspended_at    timestamptz,
    retained_until  timestamptz,
    created_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);

-- a reseller has at most one live storefront, and a live alias belongs to one storefront
CREATE UNIQUE INDEX storefront_live_reseller ON storefront (distributor_id, reseller_id) WHERE status <> 'PURGED';
CREATE UNIQUE INDEX storefront_live_alias ON storefront (distributor_id, alias) WHERE status <> 'PURGED';
-- keyset paging of the BSS list
CREATE INDEX storefront_page ON storefront (distributor_id, created_at, id);
