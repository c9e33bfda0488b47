-- A distributor's own version of a template (none: the platform's default applies) and whether it is sent at all.
CREATE TABLE template (
    distributor_id  varchar(64)  NOT NULL,
    template_key    varchar(100) NOT NULL,
    current_version integer      NOT NULL DEFAULT 0,
    enabled         boolean      NOT NULL DEFAULT true,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (distributor_id, template_key)
);

-- Every saved version, kept so an earlier one can be restored; version numbers start at 1 per template.
CREATE TABLE template_version (
    id              uuid         PRIMARY KEY,
    distributor_id  varchar(64)  NOT NULL,
    template_key    varchar(100) NOT NULL,
    number          integer      NOT NULL,
    subject         text         NOT NULL,
    html_body       text         NOT NULL,
    text_body       text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    CONSTRAINT template_version_once UNIQUE (distributor_id, template_key, number)
);

-- Preferred recipients who get a copy of their own besides the reseller's primary contact.
CREATE TABLE template_recipient (
    distributor_id  varchar(64)  NOT NULL,
    template_key    varchar(100) NOT NULL,
    address         varchar(320) NOT NULL,
    PRIMARY KEY (distributor_id, template_key, address)
);
