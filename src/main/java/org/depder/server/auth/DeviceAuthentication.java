package org.depder.server.auth;

import org.depder.server.core.Device;

/** Checks a signed request; the HTTP layer sees only this (a fake in handler tests). */
@FunctionalInterface
public interface DeviceAuthentication {
  /** The active device that signed the request, or a ServerException saying why not. */
  Device authenticate(SignedRequest request);
}
