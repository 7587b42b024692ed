package org.depder.app.replication;

import java.nio.file.Path;
import java.util.List;

/**
 * The bundle files written by one export, each verified after writing.
 *
 * @param file the first file written (the target chosen), or the target when nothing was written
 * @param revisions how many revisions they carry (0: nothing to send, and no file was written)
 * @param bytes the size of all files together
 * @param files every file written, in seq order: {@code file} first, the others beside it
 */
public record TransferResult(Path file, int revisions, long bytes, List<Path> files) {
  public TransferResult {
    files = List.copyOf(files);
  }

  /** One file, or none when {@code revisions} is 0. */
  public TransferResult(Path file, int revisions, long bytes) {
    this(file, revisions, bytes, revisions == 0 ? List.of() : List.of(file));
  }
}
