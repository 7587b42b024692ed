package org.depder.ui.conflicts;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.depder.app.replication.ConflictDetail.Candidate;
import org.depder.app.replication.ConflictSummary;
import org.depder.ui.KeyboardActivation;

/**
 * The conflict review screen: the records with conflicts on the left; on the right each conflicting
 * field of the selected record with every value side by side, a choice among them (or a new text),
 * and "Resolve". Radio buttons are reached with Tab and chosen with Space or Enter.
 */
public final class ConflictsView {
  private final ConflictsViewModel vm;
  private final VBox root = new VBox(10);
  private final VBox detail = new VBox(12);
  private final ListView<ConflictSummary> list;

  public ConflictsView(ConflictsViewModel vm) {
    this.vm = vm;
    root.setId("conflicts-area");
    Label title = label("conflicts.title");
    title.getStyleClass().add("title-2");
    Label hint = label("conflicts.hint");
    hint.getStyleClass().add("text-muted");

    list = new ListView<>(vm.conflicts());
    list.setId("conflicts-list");
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(ConflictSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                  setGraphic(null);
                  return;
                }
                // a wrapping label as graphic: a cell's own text does not grow in height
                Label line = new Label(vm.describe(item));
                line.setWrapText(true);
                line.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
                setGraphic(line);
                setAccessibleText(line.getText());
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> vm.selectedProperty().set(b));
    vm.selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b == null) {
                list.getSelectionModel().clearSelection();
              } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
              }
            });
    list.setPlaceholder(label("conflicts.list.empty"));
    list.setPrefWidth(330);
    list.setMinWidth(260);

    detail.setId("conflicts-detail");
    detail.setPadding(new Insets(0, 8, 8, 0));
    ScrollPane scroll = new ScrollPane(detail);
    scroll.setFitToWidth(true);
    scroll.setId("conflicts-scroll");
    HBox.setHgrow(scroll, Priority.ALWAYS);
    HBox body = new HBox(16, list, scroll);
    VBox.setVgrow(body, Priority.ALWAYS);

    Label status = new Label();
    status.setId("conflicts-status");
    status.textProperty().bind(vm.statusText());
    status.setWrapText(true);
    status.setFocusTraversable(true);
    status.accessibleTextProperty().bind(vm.statusText());
    status.visibleProperty().bind(vm.statusText().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    vm.statusText()
        .addListener(
            (o, a, b) -> {
              status.getStyleClass().removeAll("danger", "success");
              status.getStyleClass().add(vm.failedProperty().get() ? "danger" : "success");
            });

    root.getChildren().addAll(title, hint, status, body);
    vm.fields().addListener((javafx.collections.ListChangeListener<FieldChoice>) c -> rebuild());
    vm.texts()
        .messagesProperty()
        .addListener(
            (o, a, b) -> {
              list.refresh();
              rebuild();
            });
    root.parentProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                vm.refresh();
              }
            });
    rebuild();
  }

  private void rebuild() {
    detail.getChildren().clear();
    if (vm.shownProperty().get() == null || vm.fields().isEmpty()) {
      Label none = label("conflicts.detail.none");
      none.getStyleClass().add("text-muted");
      detail.getChildren().add(none);
      return;
    }
    Label heading = new Label(vm.heading(vm.shownProperty().get()));
    heading.setId("conflicts-detail-title");
    heading.getStyleClass().add("title-3");
    detail.getChildren().add(heading);
    List<FieldChoice> fields = List.copyOf(vm.fields());
    for (int i = 0; i < fields.size(); i++) {
      detail.getChildren().add(fieldCard(fields.get(i), i));
    }
  }

  private VBox fieldCard(FieldChoice field, int index) {
    Label name = new Label(field.label());
    name.setId("conflict-field-" + index);
    name.getStyleClass().add("title-4");
    ToggleGroup group = new ToggleGroup();
    HBox sides = new HBox(12);
    List<Candidate> candidates = field.candidates();
    for (int j = 0; j < candidates.size(); j++) {
      sides.getChildren().add(candidateCard(field, candidates.get(j), group, index, j));
    }
    VBox card = new VBox(8, name, sides);
    if (field.editable()) {
      RadioButton edit = KeyboardActivation.fireOnEnter(new RadioButton());
      edit.setId("conflict-edit-" + index);
      edit.textProperty().bind(vm.texts().text("conflicts.edit.choice"));
      edit.setToggleGroup(group);
      edit.setOnAction(e -> field.edit());
      TextField text = new TextField();
      text.setId("conflict-edit-text-" + index);
      text.textProperty().bindBidirectional(field.editedTextProperty());
      text.disableProperty().bind(field.editingProperty().not());
      text.accessibleTextProperty().bind(vm.texts().text("conflicts.edit.choice"));
      text.setOnAction(e -> vm.resolve(field));
      HBox.setHgrow(text, Priority.ALWAYS);
      card.getChildren().add(new HBox(8, edit, text));
    }
    Button resolve = KeyboardActivation.fireOnEnter(new Button());
    resolve.setId("conflict-resolve-" + index);
    resolve.textProperty().bind(vm.texts().text("conflicts.resolve"));
    resolve.getStyleClass().add("accent");
    resolve.disableProperty().bind(field.decidedProperty().not().or(vm.busyProperty()));
    resolve.setOnAction(e -> vm.resolve(field));
    card.getChildren().add(resolve);
    card.setPadding(new Insets(12));
    card.setStyle(
        "-fx-border-color: -color-border-default; -fx-border-radius: 6;"
            + " -fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
    return card;
  }

  private VBox candidateCard(
      FieldChoice field, Candidate candidate, ToggleGroup group, int index, int side) {
    RadioButton pick = KeyboardActivation.fireOnEnter(new RadioButton(vm.value(candidate)));
    pick.setId("conflict-pick-" + index + "-" + side);
    pick.setToggleGroup(group);
    pick.setWrapText(true);
    pick.getStyleClass().add("text-bold");
    pick.setOnAction(e -> field.pick(candidate.revisionId()));
    pick.setSelected(candidate.revisionId().equals(field.pickedProperty().get()));
    Label by = new Label(vm.provenance(candidate));
    by.setWrapText(true);
    by.getStyleClass().addAll("text-muted", "text-small");
    VBox card = new VBox(4, pick, by);
    String accessible = vm.value(candidate) + ". " + by.getText();
    if (candidate.provisionalWinner()) {
      Label shown = label("conflicts.candidate.shownNow");
      shown.setId("conflict-shown-" + index + "-" + side);
      shown.getStyleClass().addAll("accent", "text-small", "text-bold");
      card.getChildren().add(shown);
      accessible = accessible + ". " + shown.getText();
    }
    pick.setAccessibleText(accessible);
    card.setPrefWidth(300);
    card.setMaxWidth(340);
    card.setPadding(new Insets(8));
    card.setStyle("-fx-border-color: -color-border-muted; -fx-border-radius: 4;");
    return card;
  }

  private Label label(String key) {
    Label label = new Label();
    label.textProperty().bind(vm.texts().text(key));
    label.setWrapText(true);
    return label;
  }

  /** Where the keyboard starts: the list of records. */
  public void focusFirst() {
    list.requestFocus();
  }

  public Parent root() {
    return root;
  }
}
