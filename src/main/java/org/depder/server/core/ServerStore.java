package org.depder.server.core;

/**
 * The server's storage port. Services run their work in one transaction and never see SQL; the
 * database implementation lives in server.storage, a fake in the tests.
 */
public interface ServerStore extends AutoCloseable {
  /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
  <T> T transaction(Work<T> work);

  /** Returns when the database answers; throws ServerException(STORAGE) when it does not. */
  void ping();

  @Override
  void close();

  /** Work done inside one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(ServerTransaction tx);
  }
}
