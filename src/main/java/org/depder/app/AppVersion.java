package org.depder.app;

import java.util.Optional;

/** The version of this build, from the jar manifest; "dev" when running from compiled classes. */
public final class AppVersion {
  public static final String DEVELOPMENT = "dev";

  private AppVersion() {}

  public static String current() {
    return Optional.ofNullable(AppVersion.class.getPackage().getImplementationVersion())
        .orElse(DEVELOPMENT);
  }

  public static boolean isDevelopment() {
    return DEVELOPMENT.equals(current());
  }
}
