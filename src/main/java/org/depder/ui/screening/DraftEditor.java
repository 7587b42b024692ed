package org.depder.ui.screening;

import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.depder.app.screening.ScreeningDraft;

/**
 * The one place the open draft changes. Step models edit through it; while a stored draft is being
 * loaded into the step models their change listeners fire, and {@link #loading} keeps those echoes
 * from counting as edits (which would autosave a draft nobody touched).
 */
final class DraftEditor {
  private final ObjectProperty<ScreeningDraft> draft = new SimpleObjectProperty<>();
  private boolean loading;

  ObjectProperty<ScreeningDraft> draftProperty() {
    return draft;
  }

  ScreeningDraft current() {
    return draft.get();
  }

  void edit(UnaryOperator<ScreeningDraft> change) {
    if (!loading && draft.get() != null) {
      draft.set(change.apply(draft.get()));
    }
  }

  void load(ScreeningDraft value, Runnable fillModels) {
    loading = true;
    try {
      draft.set(value);
      fillModels.run();
    } finally {
      loading = false;
    }
  }

  boolean loading() {
    return loading;
  }
}
