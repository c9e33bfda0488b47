-- Upgrade emails waiting for their storefront's URL: subscription.upgraded.v1 (topic subscriptions) can overtake
-- the storefront.activated.v1 (topic storefronts) of a storefront opened a moment before, and the email must
-- carry the URL. The activation queues the waiting ones and deletes them in its own transaction.
CREATE TABLE awaited_upgrade_notice (
    event_id        varchar(100) PRIMARY KEY,
    distributor_id  varchar(64)  NOT NULL,
    reseller_id     varchar(100) NOT NULL,
    alias           varchar(63)  NOT NULL,
    reseller_name   text         NOT NULL,
    contact_name    text,
    contact_email   varchar(320),
    plan            varchar(16)  NOT NULL,
    created_at      timestamptz  NOT NULL
);

CREATE INDEX awaited_upgrade_notice_by_storefront ON awaited_upgrade_notice (distributor_id, reseller_id, alias);
