package org.depder.ui.firstrun;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;
import org.depder.ui.vault.PasswordStrengthView;

/**
 * First-run form: login name, full name, password twice with live strength feedback, and the one
 * sentence everybody must read before choosing a password (it cannot be recovered).
 */
public final class FirstRunView {
  private final ScrollPane root;
  private final TextField loginName = new TextField();

  public FirstRunView(FirstRunViewModel viewModel) {
    Label title = label(viewModel.text("firstRun.title"), "title-2");
    Label intro = label(viewModel.text("firstRun.intro"), "text");
    Label recovery = label(viewModel.text("firstRun.recovery"), "warning");
    recovery.setId("first-run-recovery");

    TextField displayName = new TextField();
    PasswordField password = new PasswordField();
    PasswordField confirm = new PasswordField();
    loginName.setId("first-run-login");
    displayName.setId("first-run-name");
    password.setId("first-run-password");
    confirm.setId("first-run-confirm");
    loginName.textProperty().bindBidirectional(viewModel.loginNameProperty());
    displayName.textProperty().bindBidirectional(viewModel.displayNameProperty());
    password.textProperty().bindBidirectional(viewModel.passwordProperty());
    confirm.textProperty().bindBidirectional(viewModel.confirmProperty());
    confirm.setOnAction(e -> viewModel.create());

    Label mismatch = label(viewModel.mismatch(), "danger");
    mismatch.setId("first-run-mismatch");
    mismatch.managedProperty().bind(mismatch.textProperty().isNotEmpty());

    GridPane form = new GridPane();
    form.setHgap(16);
    form.setVgap(8);
    row(form, 0, viewModel.text("account.field.loginName"), loginName);
    row(form, 1, viewModel.text("account.field.displayName"), displayName);
    row(form, 2, viewModel.text("account.field.password"), password);
    form.add(new PasswordStrengthView(viewModel.strength(), "first-run").root(), 1, 3);
    row(form, 4, viewModel.text("account.field.confirm"), confirm);
    form.add(mismatch, 1, 5);
    for (TextField input : new TextField[] {loginName, displayName, password, confirm}) {
      input.setPrefColumnCount(24);
      input.disableProperty().bind(viewModel.busyProperty());
    }

    Label message = label(viewModel.message(), "danger");
    message.setId("first-run-message");
    message.managedProperty().bind(message.textProperty().isNotEmpty());

    Button create = KeyboardActivation.fireOnEnter(new Button());
    create.setId("first-run-create");
    create.textProperty().bind(viewModel.text("firstRun.create"));
    create.getStyleClass().add("accent");
    create.setDefaultButton(true);
    create.disableProperty().bind(viewModel.canCreate().not());
    create.setOnAction(e -> viewModel.create());
    Button restore = KeyboardActivation.fireOnEnter(new Button());
    restore.setId("first-run-restore");
    restore.textProperty().bind(viewModel.text("backup.restore"));
    restore.getStyleClass().add("flat");
    restore.disableProperty().bind(viewModel.busyProperty());
    restore.setOnAction(e -> viewModel.restore());
    HBox buttons = new HBox(16, create, restore);
    buttons.setAlignment(Pos.CENTER_LEFT);

    VBox content = new VBox(10, title, intro, recovery, form, message, buttons);
    VBox.setMargin(form, new Insets(10, 0, 6, 0));
    content.setMaxWidth(820);
    content.setPadding(new Insets(32, 48, 32, 48));
    root = new ScrollPane(content);
    root.setFitToWidth(true);
    root.getStyleClass().addAll("edge-to-edge", "depder-first-run");
  }

  private static void row(GridPane form, int row, ObservableValue<String> text, Node input) {
    Label label = label(text, "text");
    // a field's name stays on one line; the inputs take the remaining width
    label.setWrapText(false);
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setLabelFor(input);
    form.add(label, 0, row);
    form.add(input, 1, row);
  }

  private static Label label(ObservableValue<String> text, String styleClass) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    return label;
  }

  public Parent root() {
    return root;
  }

  public void focusFirstField() {
    loginName.requestFocus();
  }
}
