-- A reseller's emails to one recipient go out in the order their events happened: a delivery is sent only once
-- every earlier one to the same recipient about the same reseller is settled (sent or given up). Events of one
-- reseller are consumed one after another, so the order deliveries take this number in is the events' order.
ALTER TABLE delivery ADD COLUMN queue_position bigint GENERATED ALWAYS AS IDENTITY;

CREATE INDEX delivery_unsettled_per_recipient ON delivery (reseller_id, recipient, queue_position)
    WHERE status IN ('QUEUED', 'FAILED');
