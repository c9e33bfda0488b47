-- The platform's plan catalogue: the same for every distributor, hence no distributor_id.
CREATE TABLE plan_product (
    code        varchar(40)  PRIMARY KEY,
    plan        varchar(20)  NOT NULL UNIQUE CHECK (plan IN ('FREE', 'STANDARD')),
    name        varchar(100) NOT NULL,
    description text         NOT NULL
);

INSERT INTO plan_product (code, plan, name, description) VALUES
    ('FREE_PLAN', 'FREE', 'Free Reseller Plan',
     'Your own reseller storefront under your alias, free of charge.'),
    ('STANDARD_PLAN', 'STANDARD', 'Standard Reseller Plan',
     'The Standard Reseller Storefront under your alias, with markups, special prices and your own notifications.');
