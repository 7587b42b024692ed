package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRecordRepositoryTest {
  @TempDir Path dir;
  private VaultDatabase vault;
  private SqliteRecordRepository records;

  @BeforeEach
  void openVault() throws Exception {
    vault = new VaultOpener().create(dir.resolve("vault.depder"));
    records = new SqliteRecordRepository(vault, AesGcmTestSealer.withRandomKey());
  }

  @AfterEach
  void closeVault() {
    vault.close();
  }

  @Test
  void savedRecordsComeBackIdentical() {
    String id = TestRecords.newId();
    BlindIndexToken token = new BlindIndexToken("person.name", new byte[] {1, 2, 3});
    RecordEnvelope saved =
        TestRecords.withTokens(
            TestRecords.record(id, "person", 3, "{\"name\":\"Aýna\"}"), List.of(token));
    records.save(saved);

    assertThat(records.find(id)).contains(saved);
    assertThat(records.find(TestRecords.newId())).isEmpty();
    assertThat(records.findIdsByToken(token)).containsExactly(id);
  }

  @Test
  void findAllReturnsOneTypeInIdOrder() {
    String first = TestRecords.newId();
    String second = TestRecords.newId();
    String other = TestRecords.newId();
    records.save(TestRecords.record(second, "person", 1, "b"));
    records.save(TestRecords.record(first, "person", 1, "a"));
    records.save(TestRecords.record(other, "screening", 1, "c"));

    assertThat(records.findAll("person"))
        .extracting(RecordEnvelope::id)
        .containsExactly(first, second);
    assertThat(records.findAll("screening")).extracting(TestRecords::text).containsExactly("c");
  }

  @Test
  void savingAgainReplacesPayloadAndTokensTogether() {
    String id = TestRecords.newId();
    BlindIndexToken oldToken = new BlindIndexToken("person.name", new byte[] {1});
    BlindIndexToken newToken = new BlindIndexToken("person.name", new byte[] {2});
    records.save(
        TestRecords.withTokens(TestRecords.record(id, "person", 1, "v1"), List.of(oldToken)));
    records.save(
        TestRecords.withTokens(TestRecords.record(id, "person", 2, "v2"), List.of(newToken)));

    RecordEnvelope found = records.find(id).orElseThrow();
    assertThat(found.revision()).isEqualTo(2);
    assertThat(TestRecords.text(found)).isEqualTo("v2");
    assertThat(records.findIdsByToken(oldToken)).isEmpty();
    assertThat(records.findIdsByToken(newToken)).containsExactly(id);
  }

  @Test
  void deleteRemovesRecordAndTokens() {
    String id = TestRecords.newId();
    BlindIndexToken token = new BlindIndexToken("person.document", new byte[] {9, 9});
    records.save(TestRecords.withTokens(TestRecords.record(id, "person", 1, "x"), List.of(token)));

    assertThat(records.delete(id)).isTrue();
    assertThat(records.delete(id)).isFalse();
    assertThat(records.find(id)).isEmpty();
    assertThat(records.findIdsByToken(token)).isEmpty();
  }

  @Test
  void largePayloadsAreCompressedBeforeSealing() {
    String id = TestRecords.newId();
    String payload = "{\"answer\":\"no\"},".repeat(2000);
    records.save(TestRecords.record(id, "screening", 1, payload));

    assertThat(sealedOf(id).length).isLessThan(payload.length() / 10);
    assertThat(TestRecords.text(records.find(id).orElseThrow())).isEqualTo(payload);
  }

  @Test
  void aSealedBlobMovedToAnotherIdFailsToOpen() {
    String victim = TestRecords.newId();
    String other = TestRecords.newId();
    records.save(TestRecords.record(victim, "person", 1, "secret A"));
    records.save(TestRecords.record(other, "person", 1, "secret B"));

    setColumn(other, "sealed", sealedOf(victim));

    assertThatThrownBy(() -> records.find(other))
        .isInstanceOfSatisfying(
            RecordIntegrityException.class, e -> assertThat(e.recordId()).isEqualTo(other));
    assertThat(TestRecords.text(records.find(victim).orElseThrow())).isEqualTo("secret A");
  }

  @Test
  void aSealedBlobFromAnOlderRevisionFailsToOpen() {
    String id = TestRecords.newId();
    records.save(TestRecords.record(id, "person", 1, "revision one"));
    byte[] revisionOne = sealedOf(id);
    records.save(TestRecords.record(id, "person", 2, "revision two"));

    setColumn(id, "sealed", revisionOne);

    assertThatThrownBy(() -> records.find(id)).isInstanceOf(RecordIntegrityException.class);
  }

  @Test
  void changingTheClearRevisionOrSchemaVersionBreaksTheSeal() {
    String id = TestRecords.newId();
    records.save(TestRecords.record(id, "person", 5, "payload"));

    setColumn(id, "revision", 6L);
    assertThatThrownBy(() -> records.find(id)).isInstanceOf(RecordIntegrityException.class);
    setColumn(id, "revision", 5L);
    setColumn(id, "schema_version", 2L);
    assertThatThrownBy(() -> records.find(id)).isInstanceOf(RecordIntegrityException.class);
    setColumn(id, "schema_version", 1L);
    assertThat(records.find(id)).isPresent();
  }

  @Test
  void aTamperedBlobFailsToOpenAndFindAllReportsIt() {
    String id = TestRecords.newId();
    records.save(TestRecords.record(id, "person", 1, "payload"));
    byte[] sealed = sealedOf(id);
    sealed[sealed.length / 2] ^= 1;
    setColumn(id, "sealed", sealed);

    assertThatThrownBy(() -> records.findAll("person"))
        .isInstanceOf(RecordIntegrityException.class)
        .hasMessageNotContaining("payload");
  }

  @Test
  void anotherKeyCannotOpenRecords() {
    String id = TestRecords.newId();
    records.save(TestRecords.record(id, "person", 1, "payload"));
    SqliteRecordRepository stranger =
        new SqliteRecordRepository(vault, AesGcmTestSealer.withRandomKey());

    assertThatThrownBy(() -> stranger.find(id)).isInstanceOf(RecordIntegrityException.class);
  }

  @Test
  void envelopesRefusePersonalDataInClearFields() {
    String id = TestRecords.newId();
    assertThatThrownBy(() -> TestRecords.record("Ahmet Ahmedow", "person", 1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestRecords.record(id, "Ahmet Ahmedow", 1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TestRecords.record(id, "person", 1, "Ahmet").toString()).doesNotContain("Ahmet");
  }

  private byte[] sealedOf(String id) {
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT sealed FROM records WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
              rs.next();
              return rs.getBytes(1);
            }
          }
        });
  }

  private void setColumn(String id, String column, Object value) {
    vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("UPDATE records SET " + column + " = ? WHERE id = ?")) {
            st.setObject(1, value);
            st.setString(2, id);
            return st.executeUpdate();
          }
        });
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
