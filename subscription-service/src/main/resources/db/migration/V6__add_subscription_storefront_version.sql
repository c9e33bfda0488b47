-- The storefront whose events the subscription follows, and the version of the last one applied: a storefront event
-- that is not after it is late and changes nothing. Null: none applied yet.
ALTER TABLE subscription ADD COLUMN storefront_id varchar(100);
ALTER TABLE subscription ADD COLUMN storefront_version bigint;

-- An executed order applies once: an order event that comes again (under a new event id) is found here and ignored.
CREATE INDEX subscription_history_by_order ON subscription_history (distributor_id, order_id)
    WHERE order_id IS NOT NULL;
