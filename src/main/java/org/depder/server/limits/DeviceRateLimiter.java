package org.depder.server.limits;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.depder.sync.revision.DeviceId;

/**
 * Two token buckets per device, one for requests and one for bytes, each refilled continuously to
 * its per-minute budget. The buckets live in this node's memory: behind a load balancer each node
 * enforces the budget on what it sees, which bounds a device at (nodes x budget), good enough to
 * stop a runaway client. Nothing is lost when a node restarts but the buckets start full.
 */
public final class DeviceRateLimiter implements DeviceLimiter {
  private static final double MILLIS_PER_MINUTE = 60_000.0;

  private final long requestsPerMinute;
  private final long bytesPerMinute;
  private final Clock clock;
  private final Map<DeviceId, Buckets> devices = new ConcurrentHashMap<>();

  public DeviceRateLimiter(long requestsPerMinute, long bytesPerMinute, Clock clock) {
    if (requestsPerMinute < 1 || bytesPerMinute < 1) {
      throw new IllegalArgumentException("budgets are positive");
    }
    this.requestsPerMinute = requestsPerMinute;
    this.bytesPerMinute = bytesPerMinute;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void request(DeviceId device) {
    Buckets b = devices.computeIfAbsent(device, d -> new Buckets(clock.millis()));
    synchronized (b) {
      b.refill(clock.millis());
      if (b.requests < 1) {
        throw new RateLimitedException(wait(1 - b.requests, requestsPerMinute));
      }
      b.requests -= 1;
    }
  }

  /**
   * A transfer larger than the whole budget is admitted when the bucket is full (the request size
   * limit caps it anyway) and leaves the bucket in debt, so the device waits afterwards.
   */
  @Override
  public void bytes(DeviceId device, long bytes) {
    Buckets b = devices.computeIfAbsent(device, d -> new Buckets(clock.millis()));
    synchronized (b) {
      b.refill(clock.millis());
      if (b.bytes < Math.min(bytes, bytesPerMinute)) {
        throw new RateLimitedException(
            wait(Math.min(bytes, bytesPerMinute) - b.bytes, bytesPerMinute));
      }
      b.bytes -= bytes;
    }
  }

  private static long wait(double missing, long perMinute) {
    return (long) Math.ceil(missing / perMinute * 60);
  }

  /** Tokens of one device; guarded by its own monitor. */
  private final class Buckets {
    double requests = requestsPerMinute;
    double bytes = bytesPerMinute;
    long last;

    Buckets(long now) {
      this.last = now;
    }

    void refill(long now) {
      long elapsed = Math.max(0, now - last);
      last = now;
      requests =
          Math.min(requestsPerMinute, requests + elapsed * requestsPerMinute / MILLIS_PER_MINUTE);
      bytes = Math.min(bytesPerMinute, bytes + elapsed * bytesPerMinute / MILLIS_PER_MINUTE);
    }
  }
}
