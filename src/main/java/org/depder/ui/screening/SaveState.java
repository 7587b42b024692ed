package org.depder.ui.screening;

/** What the autosave last did, shown under the wizard so the screener can trust it. */
public enum SaveState {
  NOTHING_TO_SAVE,
  SAVED,
  FAILED
}
