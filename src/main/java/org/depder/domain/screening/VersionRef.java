package org.depder.domain.screening;

import java.util.Objects;

/** Addresses one version of a versioned reference-data file, e.g. {@code tm-draft 2025.1}. */
public record VersionRef(String id, String version) {
  public VersionRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }

  /** The tag written into results and file names, e.g. {@code tm-draft-2025.1}. */
  public String tag() {
    return id + "-" + version;
  }
}
