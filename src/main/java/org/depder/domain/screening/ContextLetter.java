package org.depder.domain.screening;

/** The context columns of the indicator table (DOMAIN 6.1). */
public enum ContextLetter {
  /** Exit / pre-departure. */
  X,
  /** Returning Turkmen citizen. */
  R,
  /** Foreigner in or through Turkmenistan. */
  F,
  /** Consular, abroad. */
  K,
  /** Hotline or community. */
  H
}
