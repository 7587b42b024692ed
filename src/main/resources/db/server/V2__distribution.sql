-- Depder central server, schema 2: distribution by need to know, the per-device outbound streams
-- (pull), custody transfers, signed reference data and users. Portable SQL as in V1.

-- Who holds each entity. Set when the first revision of an entity arrives (the sending device's
-- post), changed only by a transfer. A device receives the entities held by its post or by itself.
CREATE TABLE assignments (
  entity_id    TEXT   NOT NULL PRIMARY KEY,
  entity_type  TEXT   NOT NULL,
  post         TEXT,                            -- holder post or region code, or
  device_id    TEXT,                            -- holder device
  assigned_at  BIGINT NOT NULL,
  CHECK ((post IS NULL) <> (device_id IS NULL))
);
CREATE INDEX assignments_by_post ON assignments (post);
CREATE INDEX assignments_by_device ON assignments (device_id);

-- Which revisions each device holds: the ones it authored (recorded at ingest) and the ones its
-- receipts acknowledged (or refused: those are never resent). Pull sends what is missing here.
CREATE TABLE delivered (
  device_id    TEXT   NOT NULL,
  revision_id  TEXT   NOT NULL,
  entity_id    TEXT   NOT NULL,
  state        TEXT   NOT NULL CHECK (state IN ('held', 'refused')),
  at           BIGINT NOT NULL,
  PRIMARY KEY (device_id, revision_id)
);
CREATE INDEX delivered_by_entity ON delivered (entity_id, device_id);

-- The server's bundles to each device: seq 1, 2, ... chained by prev hash, one stream per device.
-- A bundle is written once and served unchanged until the device's receipt names it.
CREATE TABLE outbound_bundles (
  device_id      TEXT   NOT NULL,              -- the recipient
  seq            BIGINT NOT NULL,
  manifest_hash  TEXT   NOT NULL,
  bundle         TEXT   NOT NULL,              -- base64url of the bundle bytes
  created_at     BIGINT NOT NULL,
  receipted_at   BIGINT,
  PRIMARY KEY (device_id, seq)
);
CREATE TABLE outbound_items (
  device_id    TEXT   NOT NULL,
  seq          BIGINT NOT NULL,
  revision_id  TEXT   NOT NULL,
  PRIMARY KEY (device_id, seq, revision_id)
);

-- Two-phase custody: one row per former holder device of a transferred entity.
CREATE TABLE custody (
  device_id         TEXT   NOT NULL,           -- the former holder
  entity_id         TEXT   NOT NULL,           -- the transferred entity
  transferring_rev  TEXT   NOT NULL,           -- the server's custody revision, state transferring
  released_rev      TEXT,                      -- written after the device's receipt listed the above
  state             TEXT   NOT NULL CHECK (state IN ('transferring', 'released', 'purged')),
  created_at        BIGINT NOT NULL,
  PRIMARY KEY (device_id, entity_id, transferring_rev)
);

-- Signed reference data: every published version kept; the latest per kind is served.
CREATE TABLE reference_data (
  kind          TEXT   NOT NULL,
  version       BIGINT NOT NULL,
  document      TEXT   NOT NULL,               -- the signed document (UTF-8 JSON)
  published_at  BIGINT NOT NULL,
  PRIMARY KEY (kind, version)
);

-- Server users (administrators and staff accounts); no passwords here, roles from the domain.
CREATE TABLE users (
  user_id     TEXT   NOT NULL PRIMARY KEY,
  login       TEXT   NOT NULL UNIQUE,
  role        TEXT   NOT NULL,
  post        TEXT   NOT NULL,
  status      TEXT   NOT NULL CHECK (status IN ('active', 'disabled')),
  created_at  BIGINT NOT NULL
);
