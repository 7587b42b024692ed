package org.depder.ui.conflicts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.app.replication.ConflictDetail.Candidate;
import org.depder.app.replication.ConflictDetail.FieldConflict;
import org.depder.app.replication.Resolution;

/**
 * The person's choice for one conflicting field: one of the candidates, or (for a text field) an
 * edited value. Nothing is chosen at first, not even the provisional winner, so a resolution is
 * always a decision somebody made.
 */
public final class FieldChoice {
  private final FieldConflict conflict;
  private final String label;
  private final ObjectProperty<UUID> picked = new SimpleObjectProperty<>();
  private final BooleanProperty editing = new SimpleBooleanProperty();
  private final StringProperty editedText = new SimpleStringProperty("");
  private final BooleanBinding decided;

  FieldChoice(FieldConflict conflict, String label) {
    this.conflict = conflict;
    this.label = label;
    decided =
        Bindings.createBooleanBinding(
            () -> editing.get() ? conflict.editable() : picked.get() != null, picked, editing);
    // seed the editor with the value shown for now, the usual starting point for a merge by hand
    conflict.candidates().stream()
        .filter(Candidate::provisionalWinner)
        .findFirst()
        .ifPresent(c -> editedText.set(c.displayValue()));
  }

  public String field() {
    return conflict.field();
  }

  /** The translated label of the field, or its name when there is no translation. */
  public String label() {
    return label;
  }

  public boolean editable() {
    return conflict.editable();
  }

  public List<Candidate> candidates() {
    return conflict.candidates();
  }

  public void pick(UUID revisionId) {
    editing.set(false);
    picked.set(revisionId);
  }

  public void edit() {
    if (conflict.editable()) {
      picked.set(null);
      editing.set(true);
    }
  }

  public ObjectProperty<UUID> pickedProperty() {
    return picked;
  }

  public BooleanProperty editingProperty() {
    return editing;
  }

  public StringProperty editedTextProperty() {
    return editedText;
  }

  /** True once a candidate is picked or an edit is chosen: "Resolve" is enabled then. */
  public BooleanBinding decidedProperty() {
    return decided;
  }

  Optional<Resolution> resolution() {
    if (editing.get() && conflict.editable()) {
      return Optional.of(new Resolution.Edit(editedText.get() == null ? "" : editedText.get()));
    }
    return Optional.ofNullable(picked.get()).map(Resolution.Pick::new);
  }
}
