package org.depder.app.replication;

import java.nio.file.Path;

/**
 * A bundle written to a file and verified after writing.
 *
 * @param revisions how many revisions it carries (0: nothing to send, and no file was written)
 * @param bytes size of the file
 */
public record TransferResult(Path file, int revisions, long bytes) {}
