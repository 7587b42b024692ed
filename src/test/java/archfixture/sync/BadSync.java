package archfixture.sync;

import archfixture.store.BadStore;

/** Breaks: sync is shared with the server and must not depend on the client's store. */
public class BadSync {
  BadStore store;
}
