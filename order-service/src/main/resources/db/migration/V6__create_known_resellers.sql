-- The resellers order-service knows, as subscription-service registered them (reseller.registered.v1) or answered
-- them once: a reseller's name and contact never change, so a checkout never asks for them again.
CREATE TABLE known_reseller (
    reseller_id    varchar(64)  PRIMARY KEY,
    distributor_id varchar(64)  NOT NULL,
    name           text         NOT NULL,
    contact_name   text         NOT NULL,
    contact_email  text         NOT NULL
);
