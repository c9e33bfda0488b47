-- A periodic job runs once per period for the whole deployment: the first instance whose tick comes takes the
-- period's turn here (on the database's clock), the others skip that tick.
CREATE TABLE job_turn (
    job        varchar(100) PRIMARY KEY,
    taken_at   timestamptz  NOT NULL,
    taken_by   varchar(200) NOT NULL
);
