-- One row per alias in use within a distributor: the alias is stored normalised (trimmed, lower-case), so
-- the unique index makes it unique case-insensitively. A row is a hold by an order (HELD, CONFIRMED), the
-- storefront's ownership (BOUND) or a cancelled reseller's retention (RETAINED).
CREATE TABLE alias_claim (
    id                uuid         PRIMARY KEY,
    distributor_id    varchar(64)  NOT NULL,
    alias             varchar(63)  NOT NULL,
    reseller_id       varchar(100) NOT NULL,
    order_id          varchar(100),
    -- the order whose expired hold this row took over: its confirmation answers ALIAS_HOLD_EXPIRED
    previous_order_id varchar(100),
    status            varchar(16)  NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'BOUND', 'RETAINED')),
    -- a HELD row is free once expires_at has passed; null = held for as long as the order lives
    expires_at        timestamptz,
    -- while in the future, only reseller_id may take the alias (kept while that reseller holds it again)
    retained_until    timestamptz,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX alias_claim_alias ON alias_claim (distributor_id, alias);
-- an order holds at most one alias
CREATE UNIQUE INDEX alias_claim_order ON alias_claim (distributor_id, order_id) WHERE order_id IS NOT NULL;
CREATE INDEX alias_claim_previous_order ON alias_claim (distributor_id, previous_order_id)
    WHERE previous_order_id IS NOT NULL;
