-- How far each reseller's storefront has followed its subscriptions: the step (the reseller's n-th subscription, at
-- its version) of the last subscription event applied. An event that is not after it is late and changes nothing.
CREATE TABLE subscription_progress (
    distributor_id       varchar(64)  NOT NULL,
    reseller_id          varchar(100) NOT NULL,
    subscription_number  bigint,
    subscription_version bigint,
    PRIMARY KEY (distributor_id, reseller_id)
);
