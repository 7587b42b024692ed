-- Vault format 3: per-entity replication state (issue #5, docs/vault-format.md section 12).
-- Released once shipped: never edit this file; add V4__... instead.
-- Only ids, type and state codes, counts and times are stored; never a field name or value.

-- One row per replicated entity this device has something to say about: how many of its fields
-- are in conflict (so lists can flag it without merging), and its custody on this device: `held`,
-- `purge_deferred` (transferred away, but local changes still wait for a receipt) or `purged`
-- (removed; the row is the tombstone that keeps late revisions out of the read models).
CREATE TABLE entity_state (
  entity_id       TEXT PRIMARY KEY,
  entity_type     TEXT NOT NULL,
  conflict_fields INTEGER NOT NULL DEFAULT 0 CHECK (conflict_fields >= 0),
  conflict_since  INTEGER,
  custody         TEXT NOT NULL DEFAULT 'held'
                  CHECK (custody IN ('held', 'purge_deferred', 'purged')),
  updated_at      INTEGER NOT NULL
) STRICT;

CREATE INDEX entity_state_conflicts ON entity_state (entity_type, conflict_fields);
CREATE INDEX entity_state_custody ON entity_state (custody);
