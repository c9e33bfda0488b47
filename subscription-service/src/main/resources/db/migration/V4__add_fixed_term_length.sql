-- A shortened deployment gives new subscriptions terms of a fixed length; null keeps calendar months.
ALTER TABLE subscription ADD COLUMN term_length_seconds bigint CHECK (term_length_seconds > 0);
