-- Fixed-window counters for login and sign-up limits, shared by every platform replica.
CREATE TABLE rate_limit_bucket (
    bucket_key   VARCHAR(300) PRIMARY KEY,
    window_start TIMESTAMPTZ  NOT NULL,
    hits         INTEGER      NOT NULL
);
