-- Shared by every service with a database: the first answer to each POST sent with an Idempotency-Key,
-- kept so that a retry with the same key and body gets it again instead of running the request twice.
CREATE TABLE idempotency_key (
    distributor_id        text        NOT NULL,
    subject               text        NOT NULL,
    -- method and concrete path, ids included: 'POST /bss/v1/orders/<id>/execution'
    route                 text        NOT NULL,
    idem_key              varchar(255) NOT NULL,
    -- hex SHA-256 of the request body bytes
    request_hash          char(64)    NOT NULL,
    status                varchar(20) NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    response_status       integer,
    response_content_type varchar(255),
    response_location     text,
    response_body         bytea,
    -- a request that died without an answer stops holding its key after this
    locked_until          timestamptz NOT NULL,
    created_at            timestamptz NOT NULL,
    PRIMARY KEY (distributor_id, subject, route, idem_key),
    CHECK (status = 'IN_PROGRESS' OR response_status IS NOT NULL)
);

-- The purge deletes by age.
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
