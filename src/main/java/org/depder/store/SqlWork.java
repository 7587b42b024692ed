package org.depder.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the vault connection, usually inside one transaction. */
@FunctionalInterface
interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
