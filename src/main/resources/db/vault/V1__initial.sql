-- Vault format 1. Released: never edit this file; add V2__... instead (docs/vault-format.md).
-- Plaintext columns hold only ids, type codes, sync states, counters and times of the vault's
-- own housekeeping. Everything about a person lives in a sealed BLOB.

CREATE TABLE vault_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id             TEXT PRIMARY KEY,
  role_code      TEXT NOT NULL,
  sealed_profile BLOB NOT NULL,
  created_at     INTEGER NOT NULL,
  disabled       INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
) STRICT;

-- One row per user and vault-key generation: the vault key wrapped under the key derived from
-- that user's password, and the KDF parameters needed to derive it again.
CREATE TABLE vault_keys (
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key_id      TEXT NOT NULL,
  wrapped_key BLOB NOT NULL,
  kdf_params  BLOB NOT NULL,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (user_id, key_id)
) STRICT;

CREATE TABLE records (
  id             TEXT PRIMARY KEY,
  entity_type    TEXT NOT NULL,
  revision       INTEGER NOT NULL CHECK (revision >= 0),
  schema_version INTEGER NOT NULL CHECK (schema_version >= 0),
  sync_state     TEXT NOT NULL,
  updated_hlc    TEXT NOT NULL,
  sealed         BLOB NOT NULL
) STRICT;

CREATE INDEX records_by_type ON records (entity_type, id);

-- Keyed-hash tokens of normalised search terms; the terms themselves are never stored.
CREATE TABLE blind_index (
  index_name TEXT NOT NULL,
  token      BLOB NOT NULL,
  record_id  TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
  PRIMARY KEY (index_name, token, record_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX blind_index_by_record ON blind_index (record_id);

-- One row for the whole device: back-off after failed unlocks must survive a restart and must
-- not be reset by trying another user name.
CREATE TABLE unlock_attempts (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  failed_count    INTEGER NOT NULL CHECK (failed_count >= 0),
  last_failure_at INTEGER
) STRICT;

INSERT INTO unlock_attempts (id, failed_count, last_failure_at) VALUES (1, 0, NULL);

CREATE TABLE outbox (
  revision_id     TEXT PRIMARY KEY,
  entity_id       TEXT NOT NULL,
  state           TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error_code TEXT
) STRICT;

CREATE INDEX outbox_by_state ON outbox (state, revision_id);
