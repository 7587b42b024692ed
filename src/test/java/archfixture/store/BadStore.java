package archfixture.store;

import archfixture.sync.BadSync;

/** Breaks: the store must not depend on sync. */
public class BadStore {
  BadSync sync;
}
