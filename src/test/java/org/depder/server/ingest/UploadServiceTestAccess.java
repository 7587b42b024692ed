package org.depder.server.ingest;

/** Lets test fakes hash chunks the way the service does. */
public final class UploadServiceTestAccess {
  private UploadServiceTestAccess() {}

  public static void resumesAfterADrop(
      org.depder.server.core.ServerStore store, org.depder.app.vault.MutableClock clock) {
    UploadServiceTest.resumesAfterADropAndAssemblesInOrder(store, clock);
  }

  public static String sha256Hex(byte[] data) {
    return UploadService.sha256Hex(data);
  }
}
