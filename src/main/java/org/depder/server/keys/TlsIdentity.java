package org.depder.server.keys;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * The keystore Jetty serves TLS from, its password, and the certificate whose SHA-256 fingerprint
 * clients pin at enrolment.
 */
public final class TlsIdentity {
  private final KeyStore keyStore;
  private final char[] password;
  private final X509Certificate certificate;
  private final String fingerprint;

  TlsIdentity(KeyStore keyStore, char[] password, X509Certificate certificate, String fingerprint) {
    this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
    this.password = password.clone();
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
  }

  public KeyStore keyStore() {
    return keyStore;
  }

  public String password() {
    return new String(password);
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** SHA-256 of the certificate's DER encoding, lower-case hex. */
  public String certificateSha256() {
    return fingerprint;
  }

  @Override
  public String toString() {
    return "TlsIdentity[sha256=" + fingerprint + "]";
  }
}
