-- The last subscription event of each reseller that was mailed (its step: the reseller's n-th subscription, at its
-- version): a subscription email whose event is not after it is no longer true and is not queued.
CREATE TABLE subscription_news (
    distributor_id       varchar(64)  NOT NULL,
    reseller_id          varchar(100) NOT NULL,
    subscription_number  bigint,
    subscription_version bigint,
    PRIMARY KEY (distributor_id, reseller_id)
);

-- The storefront whose activation the URL comes from, at its version: a late activation of it mails no second
-- welcome and brings no older URL back. Null for rows remembered before.
ALTER TABLE reseller_storefront ADD COLUMN storefront_id varchar(100);
ALTER TABLE reseller_storefront ADD COLUMN storefront_version bigint;
