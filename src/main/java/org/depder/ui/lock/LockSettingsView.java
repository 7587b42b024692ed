package org.depder.ui.lock;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;

/** The locking settings: three numbers, each with its inline error, and Save. */
public final class LockSettingsView {
  private final VBox root = new VBox(10);

  public LockSettingsView(LockSettingsViewModel viewModel) {
    Label title = label(viewModel.text("lockSettings.title"), "title-2");
    Label hint = label(viewModel.text("lockSettings.hint"), "text-muted");
    Label readOnly = label(viewModel.text("lockSettings.readOnly"), "warning");
    readOnly.setId("lock-settings-read-only");
    readOnly.setVisible(!viewModel.isEditable());
    readOnly.setManaged(!viewModel.isEditable());

    GridPane form = new GridPane();
    form.setHgap(16);
    form.setVgap(4);
    row(
        form,
        0,
        "lock-idle",
        viewModel.text("lockSettings.idleMinutes"),
        viewModel.idleMinutesProperty(),
        viewModel.idleError(),
        viewModel);
    row(
        form,
        2,
        "lock-max-failed",
        viewModel.text("lockSettings.maxFailed"),
        viewModel.maxFailedProperty(),
        viewModel.maxFailedError(),
        viewModel);
    row(
        form,
        4,
        "lock-lock-out",
        viewModel.text("lockSettings.lockOutMinutes"),
        viewModel.lockOutMinutesProperty(),
        viewModel.lockOutError(),
        viewModel);

    Button save = KeyboardActivation.fireOnEnter(new Button());
    save.setId("lock-save");
    save.textProperty().bind(viewModel.text("lockSettings.save"));
    save.getStyleClass().add("accent");
    save.disableProperty().bind(viewModel.canSave().not());
    save.setVisible(viewModel.isEditable());
    save.setOnAction(e -> viewModel.save());

    Label message = label(viewModel.message(), "success");
    message.setId("lock-message");
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    viewModel
        .noticeProperty()
        .addListener(
            (obs, old, notice) -> {
              message.getStyleClass().removeAll("success", "danger");
              message
                  .getStyleClass()
                  .add(notice != null && notice.isError() ? "danger" : "success");
            });

    root.getChildren().addAll(title, hint, readOnly, form, save, message);
    VBox.setMargin(form, new Insets(12, 0, 8, 0));
    root.setMaxWidth(820);
    root.getStyleClass().add("depder-lock-settings");
  }

  private static void row(
      GridPane form,
      int row,
      String id,
      ObservableValue<String> text,
      javafx.beans.property.StringProperty value,
      ObservableValue<String> error,
      LockSettingsViewModel viewModel) {
    Label label = label(text, "text");
    // a field's name stays on one line; the inputs take the remaining width
    label.setWrapText(false);
    label.setMinWidth(Region.USE_PREF_SIZE);
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(5);
    field.setMaxWidth(Region.USE_PREF_SIZE);
    field.textProperty().bindBidirectional(value);
    field.setEditable(viewModel.isEditable());
    field.disableProperty().bind(viewModel.busyProperty());
    field.setOnAction(e -> viewModel.save());
    label.setLabelFor(field);
    Label problem = label(error, "danger");
    problem.setId(id + "-error");
    form.add(label, 0, row);
    form.add(field, 1, row);
    form.add(problem, 1, row + 1);
  }

  private static Label label(ObservableValue<String> text, String styleClass) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    return label;
  }

  public Node root() {
    return root;
  }
}
