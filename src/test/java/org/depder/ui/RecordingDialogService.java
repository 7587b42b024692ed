package org.depder.ui;

import java.util.ArrayList;
import java.util.List;

/** A {@link DialogService} for ViewModel tests: remembers what would have been shown. */
public final class RecordingDialogService implements DialogService {
  private final List<String> errors = new ArrayList<>();

  @Override
  public void showError(String title, String detail) {
    errors.add(title + ": " + detail);
  }

  public List<String> errors() {
    return errors;
  }
}
