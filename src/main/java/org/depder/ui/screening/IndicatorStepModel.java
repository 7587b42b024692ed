package org.depder.ui.screening;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.depder.app.screening.ScreeningDraft;
import org.depder.app.screening.ScreeningService;
import org.depder.domain.screening.scoring.ApplicableItem;

/**
 * Step 6: the indicator checklist. Only the items that apply to this context and age are shown
 * ({@code Applicability}); the list is rebuilt when the context, the age or the training changes,
 * and answers already given are kept in the draft either way.
 */
public final class IndicatorStepModel {
  private final DraftEditor editor;
  private final ScreeningService service;
  private final ObservableList<IndicatorItemModel> items = FXCollections.observableArrayList();
  private final ObjectProperty<IndicatorItemModel> current = new SimpleObjectProperty<>();
  private List<ApplicableItem> applicable = List.of();

  IndicatorStepModel(DraftEditor editor, ScreeningService service) {
    this.editor = editor;
    this.service = service;
  }

  /** Called after every change of the draft; cheap when nothing about applicability changed. */
  void refresh(ScreeningDraft draft) {
    List<ApplicableItem> now = service.applicableItems(draft);
    if (!now.equals(applicable)) {
      applicable = now;
      items.setAll(now.stream().map(this::model).toList());
      current.set(items.isEmpty() ? null : items.get(0));
    }
  }

  private IndicatorItemModel model(ApplicableItem item) {
    IndicatorItemModel model = new IndicatorItemModel(item);
    String id = item.indicator().id();
    ScreeningDraft draft = editor.current();
    if (draft.answers().answered(id)) {
      model.answerProperty().set(draft.answers().answer(id));
    }
    model.sexualVariantProperty().set(draft.answers().sexualVariantItems().contains(id));
    model
        .answerProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                editor.edit(d -> d.withAnswers(d.answers().with(id, b)));
              }
            });
    model
        .sexualVariantProperty()
        .addListener(
            (o, a, b) -> editor.edit(d -> d.withAnswers(d.answers().withSexualVariant(id, b))));
    return model;
  }

  List<ApplicableItem> applicable() {
    return applicable;
  }

  void forget() {
    applicable = List.of();
    items.clear();
    current.set(null);
  }

  public ObservableList<IndicatorItemModel> items() {
    return items;
  }

  /** The row the screener is on; the "show to the person" view shows its question. */
  public ObjectProperty<IndicatorItemModel> currentProperty() {
    return current;
  }
}
