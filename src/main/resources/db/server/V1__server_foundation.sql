-- Depder central server, schema 1. Portable SQL: the same file runs on SQLite and PostgreSQL
-- (TEXT, BIGINT, INTEGER, CHECK; no BLOB/BYTEA, no autoincrement, no booleans).
-- Times are epoch milliseconds (UTC). Keys are unpadded base64url of the raw 32 bytes.

CREATE TABLE devices (
  device_id      TEXT    NOT NULL PRIMARY KEY,  -- DeviceId.ofSigningKey(signing_key): 32 hex
  signing_key    TEXT    NOT NULL UNIQUE,       -- Ed25519 public key
  agreement_key  TEXT    NOT NULL,              -- X25519 public key
  role           TEXT    NOT NULL,              -- screener, social_worker, ...
  post           TEXT    NOT NULL,              -- post or region code
  status         TEXT    NOT NULL CHECK (status IN ('active', 'revoked')),
  enrolled_at    BIGINT  NOT NULL,
  revoked_at     BIGINT,
  enrolment_code TEXT    NOT NULL               -- enrolment_codes.code_id it used
);

CREATE TABLE enrolment_codes (
  code_id     TEXT   NOT NULL PRIMARY KEY,      -- random id, safe to show and log
  code_hash   TEXT   NOT NULL UNIQUE,           -- SHA-256 (hex) of the normalised code; never the code
  role        TEXT   NOT NULL,
  post        TEXT   NOT NULL,
  created_at  BIGINT NOT NULL,
  expires_at  BIGINT NOT NULL,
  used_at     BIGINT,
  used_by     TEXT                              -- device_id that redeemed it
);

-- The head of the audit chain: one row, updated in every transaction that appends to the trail.
-- Its row lock (PostgreSQL) or the write lock (SQLite) serialises appends across server nodes.
CREATE TABLE audit_head (
  id    INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  seq   BIGINT  NOT NULL,
  hash  TEXT    NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit (
  seq        BIGINT NOT NULL PRIMARY KEY,
  at         BIGINT NOT NULL,
  actor      TEXT   NOT NULL,
  action     TEXT   NOT NULL,
  subject    TEXT   NOT NULL,
  detail     TEXT   NOT NULL,
  prev_hash  TEXT   NOT NULL,
  hash       TEXT   NOT NULL                    -- AuditChain format 1
);

-- Ingest ledger: one row per accepted bundle, per sending device, with the signed receipt sent for
-- it (a retry of the same bundle gets the same receipt). Written in the transaction that stores the
-- bundle's revisions.
CREATE TABLE inbound_bundles (
  device_id      TEXT    NOT NULL,
  seq            BIGINT  NOT NULL,              -- the device's bundle sequence number
  manifest_hash  TEXT    NOT NULL,
  receipt        TEXT    NOT NULL,              -- base64url of the signed receipt bytes
  received_at    BIGINT  NOT NULL,
  PRIMARY KEY (device_id, seq)
);

-- Verified bundles that arrived before an earlier seq of the same device; nothing of them applied.
CREATE TABLE held_bundles (
  device_id      TEXT    NOT NULL,
  seq            BIGINT  NOT NULL,
  manifest_hash  TEXT    NOT NULL,
  bundle         TEXT    NOT NULL,              -- base64url of the bundle bytes as received
  received_at    BIGINT  NOT NULL,
  PRIMARY KEY (device_id, seq)
);

-- Resumable uploads: a bundle pushed in chunks, each chunk stored (and acknowledged) on its own, so a
-- dropped connection resumes with the missing chunks only, on whichever node it reaches.
CREATE TABLE uploads (
  upload_id    TEXT   NOT NULL PRIMARY KEY,       -- derived from device and content hash
  device_id    TEXT   NOT NULL,
  total_bytes  BIGINT NOT NULL,
  sha256       TEXT   NOT NULL,                   -- hex SHA-256 of the whole upload
  chunk_bytes  BIGINT NOT NULL,
  created_at   BIGINT NOT NULL
);
CREATE TABLE upload_chunks (
  upload_id    TEXT   NOT NULL,
  chunk_index  BIGINT NOT NULL,
  sha256       TEXT   NOT NULL,
  data         TEXT   NOT NULL,                   -- base64url of the chunk's bytes
  PRIMARY KEY (upload_id, chunk_index)
);

-- Every revision the server holds, as signed by its author; unique ids make ingest idempotent.
CREATE TABLE revisions (
  revision_id  TEXT   NOT NULL PRIMARY KEY,
  entity_type  TEXT   NOT NULL,
  entity_id    TEXT   NOT NULL,
  device_id    TEXT   NOT NULL,
  hlc          TEXT   NOT NULL,                 -- hybrid logical time, sortable text form
  signed_json  TEXT   NOT NULL,
  received_at  BIGINT NOT NULL
);
CREATE INDEX revisions_by_entity ON revisions (entity_type, entity_id);
CREATE INDEX devices_by_post ON devices (post);
