package org.depder.server.limits;

import org.depder.sync.revision.DeviceId;

/**
 * Per-device rate and size limits on push and pull. Each method throws {@link RateLimitedException}
 * (429 with Retry-After) when the device is over its budget.
 */
public interface DeviceLimiter {
  /** Counts one request of {@code device}, or refuses it. */
  void request(DeviceId device);

  /** Counts {@code bytes} moved for {@code device} (pushed or pulled), or refuses them. */
  void bytes(DeviceId device, long bytes);

  /** No limits (handler tests). */
  DeviceLimiter NONE =
      new DeviceLimiter() {
        @Override
        public void request(DeviceId device) {}

        @Override
        public void bytes(DeviceId device, long bytes) {}
      };
}
