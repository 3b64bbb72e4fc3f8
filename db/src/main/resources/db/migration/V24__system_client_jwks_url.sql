-- Issue 21: a system client may be registered by the URL its developers publish their JWK Set at
-- (SMART Backend Services' jwks_url) instead of a pasted set. jwks keeps the set last fetched from
-- there, so that every server of a cluster verifies with it; jwks_fetched_at says when, so that a
-- server fetches it again once it is old or names no key of an assertion (a rotated key).
ALTER TABLE system_client ADD COLUMN jwks_url VARCHAR(500) NULL;
ALTER TABLE system_client ADD COLUMN jwks_fetched_at DATETIME(6) NULL;
