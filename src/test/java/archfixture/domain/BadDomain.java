package archfixture.domain;

import archfixture.app.BadApp;
import java.sql.Connection;

/** Breaks: domain purity (SQL, depends on app), SQL outside storage, and forms a cycle. */
public class BadDomain {
  Connection connection;
  BadApp app;
}
