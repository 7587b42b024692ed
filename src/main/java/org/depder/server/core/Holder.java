package org.depder.server.core;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.depder.sync.revision.DeviceId;

/**
 * Who holds an entity on the server's distribution map: a post (or region) code, whose every device
 * receives it, or one device. Its wire form ({@code post:AG-01}, {@code device:<32 hex>}) is the
 * {@code holder} field of custody revisions (docs/sync-api.md).
 */
public record Holder(Optional<String> post, Optional<DeviceId> device) {
  private static final Pattern POST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public Holder {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(device, "device");
    if (post.isPresent() == device.isPresent()) {
      throw new IllegalArgumentException("a holder is a post or a device");
    }
    if (post.isPresent() && !POST.matcher(post.get()).matches()) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "post must be a code of letters and digits");
    }
  }

  public static Holder post(String post) {
    return new Holder(Optional.of(post), Optional.empty());
  }

  public static Holder device(DeviceId device) {
    return new Holder(Optional.empty(), Optional.of(device));
  }

  /** True if {@code d} receives what this holder holds. */
  public boolean covers(Device d) {
    return device.map(d.id()::equals).orElseGet(() -> post.get().equals(d.post()));
  }

  public String wire() {
    return post.map(p -> "post:" + p).orElseGet(() -> "device:" + device.get().value());
  }

  @Override
  public String toString() {
    return wire();
  }
}
