-- The reseller directory of each distributor, with each reseller's plan tier.
CREATE TABLE reseller (
    id                      uuid PRIMARY KEY,
    distributor_id          varchar(64)  NOT NULL,
    name                    varchar(200) NOT NULL,
    contact_name            varchar(200) NOT NULL,
    contact_email           varchar(320) NOT NULL,
    tier                    varchar(16)  NOT NULL DEFAULT 'BASIC' CHECK (tier IN ('BASIC', 'FREE', 'STANDARD')),
    current_subscription_id uuid,
    created_at              timestamptz  NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0
);

-- Lists page by (created_at, id) within a distributor; the name filter is a prefix search.
CREATE INDEX reseller_page ON reseller (distributor_id, created_at, id);
CREATE INDEX reseller_name_prefix ON reseller (distributor_id, lower(name) text_pattern_ops);
