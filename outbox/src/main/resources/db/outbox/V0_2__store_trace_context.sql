-- The trace of the transaction that wrote an event travels with it to the relay and on to its consumers
-- (W3C traceparent/tracestate). A version below every service's own V1: existing databases take it only
-- with Flyway's out-of-order mode, which every service sets.
ALTER TABLE outbox_message ADD COLUMN trace_parent varchar(64);
ALTER TABLE outbox_message ADD COLUMN trace_state varchar(512);
