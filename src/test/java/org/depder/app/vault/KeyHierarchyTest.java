package org.depder.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.depder.crypto.Ed25519;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.crypto.X25519;
import org.depder.store.RawVaultFiles;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyHierarchyTest {
  private static final String NEW_PASSWORD = "Täze, uzyn parol 2026";

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

  private Path file() {
    return dir.resolve("vault.depder");
  }

  private static String save(VaultSession session, String text) {
    String id = UUID.randomUUID().toString();
    session
        .records()
        .save(
            new RecordEnvelope(
                id,
                "note",
                1,
                1,
                SyncState.PENDING,
                "1",
                text.getBytes(StandardCharsets.UTF_8),
                List.of()));
    return id;
  }

  private static String read(VaultSession session, String id) {
    return new String(session.records().find(id).orElseThrow().payload(), StandardCharsets.UTF_8);
  }

  @Test
  void passwordChangeRewrapsWithoutRewritingAnyRecord() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    String id = save(service.session(), "first note");
    service.lock();
    Map<String, String> sealedBefore = RawVaultFiles.sealedRecords(file());
    Map<String, String> profilesBefore = RawVaultFiles.sealedProfiles(file());

    service.unlock(ADMIN, pw(ADMIN_PASSWORD));
    assertThatThrownBy(() -> service.changeOwnPassword(pw("a wrong current one"), pw(NEW_PASSWORD)))
        .satisfies(
            e ->
                assertThat(((VaultException) e).reasonKey())
                    .isEqualTo("vault.error.currentPasswordWrong"));
    service.changeOwnPassword(pw(ADMIN_PASSWORD), pw(NEW_PASSWORD));
    service.lock();

    assertThat(RawVaultFiles.sealedRecords(file())).isEqualTo(sealedBefore);
    assertThat(RawVaultFiles.sealedProfiles(file())).isEqualTo(profilesBefore);
    assertThat(service.unlock(ADMIN, pw(ADMIN_PASSWORD))).isInstanceOf(UnlockResult.Refused.class);
    assertThat(service.unlock(ADMIN, pw(NEW_PASSWORD))).isInstanceOf(UnlockResult.Unlocked.class);
    assertThat(read(service.session(), id)).isEqualTo("first note");
    service.lock();
  }

  @Test
  void lockDestroysEveryKey() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    VaultSession session = service.session();
    save(session, "something");
    service.lock();
    assertThat(service.keysDestroyed(session)).isTrue();
    assertThatThrownBy(() -> session.deviceKeys().sign(new byte[] {1}))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(service::session).isInstanceOf(VaultException.class);
  }

  @Test
  void recordKeyRotatesAtTheThresholdAndOldGenerationsStillOpen() throws Exception {
    SealingLimits tiny = new SealingLimits(3, 2);
    LocalVaultService service = TestVaults.service(file(), clock, tiny);
    service.create(ADMIN, "Aman", pw(ADMIN_PASSWORD));
    Map<String, String> notes = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      notes.put(save(service.session(), "note " + i), "note " + i);
    }
    int generation = ((OpenVault) service.session()).sealer().currentGeneration();
    assertThat(generation).isGreaterThanOrEqualTo(4);
    service.lock();

    LocalVaultService restarted = TestVaults.service(file(), clock, tiny);
    restarted.unlock(ADMIN, pw(ADMIN_PASSWORD));
    RotatingRecordSealer sealer = ((OpenVault) restarted.session()).sealer();
    assertThat(sealer.currentGeneration()).isEqualTo(generation);
    for (var note : notes.entrySet()) {
      assertThat(read(restarted.session(), note.getKey())).isEqualTo(note.getValue());
    }
    save(restarted.session(), "after restart");
    // the count restarted from the reserved mark, so the key in use moved on rather than reuse
    // counts
    assertThat(sealer.currentGeneration()).isGreaterThan(generation);
    restarted.lock();
  }

  @Test
  void deviceKeysAreMadeOnceAndUsableWhileUnlocked() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    DeviceKeys keys = service.session().deviceKeys();
    byte[] signingPublic = keys.signingPublicKey();
    byte[] agreementPublic = keys.agreementPublicKey();
    byte[] message = "bundle header".getBytes(StandardCharsets.UTF_8);
    assertThat(Ed25519.verify(signingPublic, message, keys.sign(message))).isTrue();
    service.lock();

    service.unlock(ADMIN, pw(ADMIN_PASSWORD));
    DeviceKeys again = service.session().deviceKeys();
    assertThat(again.signingPublicKey()).isEqualTo(signingPublic);
    assertThat(again.agreementPublicKey()).isEqualTo(agreementPublic);
    var peer = new X25519(new java.security.SecureRandom()).generateKeyPair();
    try (SecretKeyMaterial ours = again.agree(peer.publicKey());
        SecretKeyMaterial theirs = X25519.agree(peer.privateKey(), agreementPublic)) {
      assertThat(ours.copyBytes()).isEqualTo(theirs.copyBytes());
    }
    service.lock();
  }

  @Test
  void outdatedKdfCostsAreRaisedAfterUnlock() throws Exception {
    LocalVaultService cheap = TestVaults.created(file(), clock);
    cheap.lock();
    KdfPolicy stronger = new KdfPolicy(512, 2, 1);
    LocalVaultService service =
        new LocalVaultService(
            file(),
            new org.depder.store.VaultOpener(),
            stronger,
            SealingLimits.DEFAULTS,
            clock,
            new java.security.SecureRandom());
    assertThat(service.unlock(ADMIN, pw(ADMIN_PASSWORD))).isInstanceOf(UnlockResult.Unlocked.class);
    var stored =
        ((OpenVault) service.session()).users().findKey(service.currentUser().id()).orElseThrow();
    assertThat(stronger.isMetBy(org.depder.crypto.KdfParameters.fromBytes(stored.kdfParameters())))
        .isTrue();
    service.lock();
    assertThat(service.unlock(ADMIN, pw(ADMIN_PASSWORD))).isInstanceOf(UnlockResult.Unlocked.class);
    service.lock();
  }
}
