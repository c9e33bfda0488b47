-- What a reseller is about to check out.
CREATE TABLE basket_item (
    id              uuid         PRIMARY KEY,
    distributor_id  varchar(64)  NOT NULL,
    reseller_id     varchar(64)  NOT NULL,
    product         varchar(40)  NOT NULL REFERENCES plan_product (code),
    added_at        timestamptz  NOT NULL
);

-- Every product is a plan product and a basket holds one plan at a time: the index backs the rule.
CREATE UNIQUE INDEX basket_item_one_plan ON basket_item (distributor_id, reseller_id);
