-- Shared by every service: events waiting for the relay, and the events each consumer has applied.
CREATE TABLE outbox_message (
    id              uuid PRIMARY KEY,
    topic           varchar(100) NOT NULL,
    message_key     varchar(100) NOT NULL,
    event_type      varchar(100) NOT NULL,
    source          varchar(100) NOT NULL,
    subject         varchar(100) NOT NULL,
    payload         text         NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text,
    sent_at         timestamptz
);

-- The relay only ever looks for what is still unsent, oldest first.
CREATE INDEX outbox_message_unsent ON outbox_message (occurred_at, id) WHERE sent_at IS NULL;

CREATE TABLE inbox_event (
    consumer        varchar(100) NOT NULL,
    event_id        varchar(100) NOT NULL,
    event_type      varchar(100) NOT NULL,
    received_at     timestamptz  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
