package org.depder.server.ingest;

/** Pushing one bundle, as the HTTP layer (and later the USB import) sees it. */
@FunctionalInterface
public interface Ingest {
  PushResult push(byte[] bundle);
}
