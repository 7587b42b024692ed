package org.depder.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for ViewModel tests: remembers what would have been shown, and answers
 * confirmations and file choosers with what the test queued (cancel when nothing is queued).
 */
public final class RecordingDialogService implements DialogService {
  private final List<String> errors = new ArrayList<>();
  private final List<String> confirmations = new ArrayList<>();
  private final Deque<Boolean> answers = new ArrayDeque<>();
  private final Deque<Path> files = new ArrayDeque<>();

  @Override
  public void showError(String title, String detail) {
    errors.add(title + ": " + detail);
  }

  @Override
  public boolean confirm(String title, String detail, String confirmLabel) {
    confirmations.add(title + ": " + detail);
    return !answers.isEmpty() && answers.pop();
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, FileType type) {
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName) {
    return Optional.ofNullable(files.poll());
  }

  public RecordingDialogService answer(boolean confirmed) {
    answers.add(confirmed);
    return this;
  }

  public RecordingDialogService choose(Path file) {
    files.add(file);
    return this;
  }

  public List<String> errors() {
    return errors;
  }

  public List<String> confirmations() {
    return confirmations;
  }
}
