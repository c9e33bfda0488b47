-- The trace of the transaction that wrote an event travels with it to the relay and on to its consumers
-- (W3C traceparent/tracestate).
ALTER TABLE outbox_message ADD COLUMN trace_parent varchar(64);
ALTER TABLE outbox_message ADD COLUMN trace_state varchar(512);
