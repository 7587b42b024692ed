package org.depder.app.remote;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust in the server's TLS certificate by its SHA-256 fingerprint, not by a certificate authority
 * (docs/sync-api.md, "Transport"). Before enrolment the client connects once in <em>capture</em>
 * mode, shows the fingerprint it saw, and the user compares it with the one the administrator read
 * out; afterwards it accepts exactly that certificate. Host names are not checked: the pin is
 * stronger than a name, and national servers are often reached by address.
 */
public final class CertificatePin extends X509ExtendedTrustManager {
  private final Optional<String> expected;
  private final AtomicReference<String> seen = new AtomicReference<>();

  private CertificatePin(Optional<String> expected) {
    this.expected = expected;
  }

  /** Accepts any certificate once and remembers its fingerprint, for the user to confirm. */
  static CertificatePin capturing() {
    return new CertificatePin(Optional.empty());
  }

  /** A TLS context that accepts only the certificate with this SHA-256 (64 hex digits). */
  public static SSLContext pinnedContext(String sha256Hex) {
    return pinned(sha256Hex).context();
  }

  /** Accepts only the certificate with this SHA-256 (64 hex digits). */
  static CertificatePin pinned(String sha256Hex) {
    return new CertificatePin(Optional.of(sha256Hex.toLowerCase(Locale.ROOT)));
  }

  /** The fingerprint of the last certificate the server presented, if any. */
  Optional<String> seen() {
    return Optional.ofNullable(seen.get());
  }

  SSLContext context() {
    try {
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, new X509ExtendedTrustManager[] {this}, null);
      return tls;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is missing from this Java runtime", e);
    }
  }

  /** Lower-case hex SHA-256 of a DER certificate. */
  static String fingerprint(byte[] der) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Upper-case hex pairs joined by colons, as the server prints it for the administrator. */
  static String forReading(String sha256Hex) {
    return HexFormat.ofDelimiter(":")
        .formatHex(HexFormat.of().parseHex(sha256Hex))
        .toUpperCase(Locale.ROOT);
  }

  private void check(X509Certificate[] chain) throws CertificateException {
    if (chain == null || chain.length == 0) {
      throw new CertificateException("no server certificate");
    }
    String actual = fingerprint(chain[0].getEncoded());
    seen.set(actual);
    if (expected.isPresent() && !expected.get().equals(actual)) {
      throw new CertificateException("the server certificate is not the pinned one");
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    check(chain);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    throw new CertificateException("a client does not accept client certificates");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    throw new CertificateException("a client does not accept client certificates");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("a client does not accept client certificates");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
