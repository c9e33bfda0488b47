-- Several instances relay one database's outbox. Rows are published in the order of this sequence, which a
-- row takes when it is written: a transaction writes a reseller's event only while it holds that reseller's
-- advisory lock (Outbox.publish), so one reseller's rows take their numbers in commit order (the JVM clocks of
-- different instances, which occurred_at comes from, need not agree).
ALTER TABLE outbox_message ADD COLUMN sequence_number bigint GENERATED ALWAYS AS IDENTITY;

DROP INDEX outbox_message_unsent;
CREATE INDEX outbox_message_unsent ON outbox_message (sequence_number) WHERE sent_at IS NULL;

-- Every relay LISTENs on this channel, so a commit on any instance wakes them all at once. PostgreSQL sends
-- the notification only when the transaction commits, and once per transaction however many rows it wrote.
CREATE FUNCTION notify_outbox_relays() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_message', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_message_written AFTER INSERT ON outbox_message
    FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_relays();
