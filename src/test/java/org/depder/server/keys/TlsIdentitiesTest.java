package org.depder.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.List;
import org.depder.server.core.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS identity: a generated self-signed P-256 certificate, or an operator's PKCS12. */
class TlsIdentitiesTest {
  @TempDir Path dir;

  @Test
  void firstStartGeneratesAP256CertificateKeptOwnerOnlyAndReusedLater() throws Exception {
    TlsIdentity first =
        TlsIdentities.loadOrCreate(
            dir, List.of("sync.example.tm"), new SecureRandom(), Clock.systemUTC());
    TlsIdentity second =
        TlsIdentities.loadOrCreate(dir, List.of(), new SecureRandom(), Clock.systemUTC());

    assertThat(first.certificate().getPublicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(first.certificate().getSigAlgName()).isEqualTo("SHA256withECDSA");
    assertThat(first.certificate().getSubjectAlternativeNames())
        .extracting(n -> n.get(1).toString())
        .contains("sync.example.tm", "localhost", "127.0.0.1");
    assertThat(first.certificateSha256()).hasSize(64).isEqualTo(second.certificateSha256());
    assertThat(first.certificateSha256())
        .isEqualTo(Fingerprints.sha256Hex(first.certificate().getEncoded()));
    for (String f : List.of(TlsIdentities.KEYSTORE_FILE, TlsIdentities.PASSWORD_FILE)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void anOperatorsKeystoreIsServedAsGiven() throws Exception {
    KeyStore own =
        TlsIdentities.generate(
            List.of("depder.example"),
            "s3cret".toCharArray(),
            new SecureRandom(),
            Clock.systemUTC());
    Path p12 = dir.resolve("own.p12");
    try (OutputStream out = Files.newOutputStream(p12)) {
      own.store(out, "s3cret".toCharArray());
    }

    TlsIdentity loaded = TlsIdentities.load(p12, "s3cret");

    assertThat(loaded.certificate()).isEqualTo(own.getCertificate(TlsIdentities.ALIAS));
    assertThatThrownBy(() -> TlsIdentities.load(p12, "wrong")).isInstanceOf(ServerException.class);
  }

  @Test
  void fingerprintsReadAsColonSeparatedPairs() {
    assertThat(Fingerprints.forReading("0aff10")).isEqualTo("0A:FF:10");
  }
}
