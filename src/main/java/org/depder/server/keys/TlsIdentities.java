package org.depder.server.keys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;

/**
 * Loads the server's TLS keystore, or on first start creates a self-signed ECDSA P-256 certificate
 * (Bouncy Castle's certificate builder, signed by the JDK's SunEC: no provider is registered). The
 * generated keystore is {@code tls.p12} with its random password in {@code tls.p12.password}, both
 * owner-only. Clients do not rely on a CA: they pin the certificate's SHA-256 at enrolment, so a
 * self-signed certificate is as safe as a bought one for them.
 */
public final class TlsIdentities {
  public static final String KEYSTORE_FILE = "tls.p12";
  public static final String PASSWORD_FILE = "tls.p12.password";
  static final String ALIAS = "depder-server";
  private static final Duration VALIDITY = Duration.ofDays(5 * 366);

  private TlsIdentities() {}

  /** The keystore in {@code dataDir}, generated with {@code hostnames} as names if missing. */
  public static TlsIdentity loadOrCreate(
      Path dataDir, List<String> hostnames, SecureRandom random, Clock clock) {
    Path store = dataDir.resolve(KEYSTORE_FILE);
    Path passwordFile = dataDir.resolve(PASSWORD_FILE);
    try {
      if (!Files.exists(store)) {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        KeyStore generated = generate(hostnames, password.toCharArray(), random, clock);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        generated.store(bytes, password.toCharArray());
        OwnerOnlyFiles.write(passwordFile, password.getBytes(StandardCharsets.US_ASCII));
        OwnerOnlyFiles.write(store, bytes.toByteArray());
      }
      OwnerOnlyFiles.checkOwnerOnly(passwordFile);
      String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
      return load(store, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new ServerException(ErrorCode.KEY_FILE, "cannot create or read " + KEYSTORE_FILE, e);
    }
  }

  /** A PKCS12 keystore the operator provides (for example from their own CA). */
  public static TlsIdentity load(Path pkcs12, String password) {
    try (InputStream in = Files.newInputStream(pkcs12)) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, password.toCharArray());
      String alias = keyAlias(keyStore);
      Certificate cert = keyStore.getCertificate(alias);
      if (!(cert instanceof X509Certificate x509)) {
        throw new ServerException(ErrorCode.KEY_FILE, "keystore holds no X.509 certificate");
      }
      return new TlsIdentity(
          keyStore, password.toCharArray(), x509, Fingerprints.sha256Hex(x509.getEncoded()));
    } catch (IOException | GeneralSecurityException e) {
      throw new ServerException(ErrorCode.KEY_FILE, "cannot open the TLS keystore", e);
    }
  }

  private static String keyAlias(KeyStore keyStore) throws GeneralSecurityException {
    for (String alias : Collections.list(keyStore.aliases())) {
      if (keyStore.isKeyEntry(alias)) {
        return alias;
      }
    }
    throw new ServerException(ErrorCode.KEY_FILE, "keystore holds no private key");
  }

  static KeyStore generate(
      List<String> hostnames, char[] password, SecureRandom random, Clock clock)
      throws GeneralSecurityException, IOException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), random);
    KeyPair pair = generator.generateKeyPair();
    Instant now = clock.instant();
    X500Name name = new X500Name("CN=Depder server");
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            new BigInteger(127, random).add(BigInteger.ONE),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(VALIDITY)),
            name,
            pair.getPublic());
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(hostnames));
      X509Certificate cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      keyStore.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {cert});
      return keyStore;
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException("certificate generation failed", e);
    }
  }

  private static GeneralNames alternativeNames(List<String> hostnames) {
    List<String> names = new ArrayList<>(hostnames);
    for (String fixed : List.of("localhost", "127.0.0.1")) {
      if (!names.contains(fixed)) {
        names.add(fixed);
      }
    }
    localHostName().filter(n -> !names.contains(n)).ifPresent(names::add);
    GeneralName[] general =
        names.stream()
            .map(
                n ->
                    n.matches("[0-9.]+") || n.contains(":")
                        ? new GeneralName(GeneralName.iPAddress, n)
                        : new GeneralName(GeneralName.dNSName, n))
            .toArray(GeneralName[]::new);
    return new GeneralNames(general);
  }

  private static Optional<String> localHostName() {
    try {
      String name = InetAddress.getLocalHost().getHostName();
      return name.matches("[A-Za-z0-9.-]+") ? Optional.of(name) : Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
