package org.depder.store;

/**
 * Checksums of released vault migrations. Add a line when a migration ships; never change one: a
 * vault in the field has the old script applied, and the runner would refuse to open it.
 */
final class ReleasedMigrations {
  static final String V1_CHECKSUM =
      "5dc5b2db9a4e94ef26f96ee15654d982f457d1f59603da1153a0c7001337ca19";
  static final String V2_CHECKSUM =
      "091e46b91ebc234eff473a66eb362c18276c19643977bbe5e5b01d27ebb3d75d";

  static final String V3_CHECKSUM =
      "17bd2067a437309bdb4339c1d75dab000fc3c94fe405400f0bf00d9c2868dde8";

  private ReleasedMigrations() {}
}
