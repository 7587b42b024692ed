package org.depder.server.distribution;

import org.depder.sync.revision.DeviceId;

/** Pulling the server's stream, as the HTTP layer sees it (a fake in handler tests). */
@FunctionalInterface
public interface Pull {
  /**
   * The bundle after {@code after} (the highest seq the device has applied) for an authenticated,
   * active device.
   */
  PullResult pull(DeviceId device, long after);
}
