-- Each subscription is its reseller's n-th (1 for the first): events carry it with the subscription's version, so a
-- consumer orders every subscription event of a reseller, across subscriptions too.
ALTER TABLE reseller ADD COLUMN subscriptions_started int NOT NULL DEFAULT 0;
ALTER TABLE subscription ADD COLUMN number int NOT NULL DEFAULT 0;

UPDATE subscription s SET number = numbered.n
FROM (SELECT id, row_number() OVER (PARTITION BY reseller_id ORDER BY created_at, id) AS n FROM subscription) numbered
WHERE s.id = numbered.id;
UPDATE reseller r SET subscriptions_started = (SELECT count(*) FROM subscription s WHERE s.reseller_id = r.id);
