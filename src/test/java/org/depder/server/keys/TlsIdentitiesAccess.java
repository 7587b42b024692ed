package org.depder.server.keys;

import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** Lets tests make a PKCS12 such as an operator would bring. */
public final class TlsIdentitiesAccess {
  private TlsIdentitiesAccess() {}

  public static KeyStore generate(List<String> hostnames, String password) throws Exception {
    return TlsIdentities.generate(
        hostnames, password.toCharArray(), new SecureRandom(), Clock.systemUTC());
  }
}
