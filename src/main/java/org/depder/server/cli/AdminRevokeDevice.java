package org.depder.server.cli;

import java.util.concurrent.Callable;
import org.depder.server.ServerContext;
import org.depder.sync.revision.DeviceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code admin revoke-device ID}: refuses the device from now on. */
@Command(name = "revoke-device", description = "Revoke a device (lost, stolen or retired).")
final class AdminRevokeDevice implements Callable<Integer> {
  @ParentCommand AdminCommand admin;

  @Parameters(paramLabel = "DEVICE_ID", description = "the 32-hex-digit id from 'admin devices'")
  String deviceId;

  @Override
  public Integer call() {
    DeviceId id;
    try {
      id = new DeviceId(deviceId.strip().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      admin.out.println("Not a device id: expected 32 hexadecimal digits.");
      return 2;
    }
    try (ServerContext context = admin.open(false)) {
      if (context.admin().revoke(id)) {
        admin.out.println("Device " + id + " revoked.");
      } else {
        admin.out.println("Device " + id + " was already revoked.");
      }
    }
    return 0;
  }
}
