-- The step (the reseller's n-th subscription, at its version) of the last subscription event the position applied:
-- an event that is not after it is late and changes nothing. Null: none applied yet.
ALTER TABLE plan_position ADD COLUMN subscription_number bigint;
ALTER TABLE plan_position ADD COLUMN subscription_version bigint;
