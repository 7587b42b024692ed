-- Vault format 2: offline-first replication (issue #5, docs/vault-format.md section 11).
-- Released once shipped: never edit this file; add V3__... instead.
-- Plaintext columns hold only random ids, device ids (hashes of public keys), type and state
-- codes, sequence numbers, hashes, public keys and times. Revision contents and held bundle
-- files are sealed BLOBs.

-- Every revision this vault knows, its own and those received; immutable once written.
CREATE TABLE revisions (
  revision_id TEXT PRIMARY KEY,
  entity_type TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  hlc         TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  origin      TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
  received_at INTEGER NOT NULL,
  sealed      BLOB NOT NULL
) STRICT;

CREATE INDEX revisions_by_entity ON revisions (entity_id, hlc, revision_id);
CREATE INDEX revisions_by_type ON revisions (entity_type, entity_id);

-- The format 1 outbox gains the bundle that last carried each revision and its times.
ALTER TABLE outbox ADD COLUMN bundle_id TEXT;
ALTER TABLE outbox ADD COLUMN bundle_seq INTEGER CHECK (bundle_seq IS NULL OR bundle_seq >= 1);
ALTER TABLE outbox ADD COLUMN enqueued_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

-- Public keys pinned once per device id; a revoked peer stays revoked. The keys are public and
-- kept in clear; `sealed` holds them again, sealed with associated data binding the row's id,
-- kind and times, so a key planted or a revocation removed by editing the file is detected.
CREATE TABLE peers (
  device_id     TEXT PRIMARY KEY,
  signing_key   BLOB NOT NULL,
  agreement_key BLOB NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('server', 'device')),
  pinned_at     INTEGER NOT NULL,
  revoked_at    INTEGER,
  sealed        BLOB NOT NULL
) STRICT;

-- Bundles accepted from each sender, in sequence order; the highest seq is the replay guard.
CREATE TABLE inbound_bundles (
  sender_id      TEXT NOT NULL,
  seq            INTEGER NOT NULL CHECK (seq >= 0),
  bundle_id      TEXT NOT NULL UNIQUE,
  manifest_hash  BLOB NOT NULL,
  revision_count INTEGER NOT NULL CHECK (revision_count >= 0),
  accepted_at    INTEGER NOT NULL,
  PRIMARY KEY (sender_id, seq)
) STRICT;

-- Bundles that arrived ahead of a gap in seq: kept (sealed) until the gap is filled.
CREATE TABLE held_bundles (
  bundle_id TEXT PRIMARY KEY,
  sender_id TEXT NOT NULL,
  seq       INTEGER NOT NULL CHECK (seq >= 0),
  held_at   INTEGER NOT NULL,
  sealed    BLOB NOT NULL
) STRICT;

CREATE INDEX held_bundles_by_sender ON held_bundles (sender_id, seq);

-- Bundles this vault made for each recipient: the chain of seq and manifest hashes.
CREATE TABLE outbound_bundles (
  recipient_id   TEXT NOT NULL,
  seq            INTEGER NOT NULL CHECK (seq >= 1),
  bundle_id      TEXT NOT NULL UNIQUE,
  manifest_hash  BLOB NOT NULL,
  revision_count INTEGER NOT NULL CHECK (revision_count >= 0),
  state          TEXT NOT NULL CHECK (state IN ('sent', 'acknowledged')),
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  PRIMARY KEY (recipient_id, seq)
) STRICT;
