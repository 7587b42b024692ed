package org.depder.ui.account;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;
import org.depder.ui.vault.PasswordStrengthView;

/** My account: who is signed in, change my password, back up, lock now. */
public final class AccountView {
  private final ScrollPane root;

  public AccountView(AccountViewModel viewModel) {
    Label title = label(viewModel.text("account.title"), "title-2");
    Label signedIn = label(viewModel.signedInAs(), "text");
    signedIn.setId("account-signed-in");

    Label message = label(viewModel.message(), "text-bold");
    message.setId("account-message");
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

    PasswordField current = password("account-current", viewModel.currentPasswordProperty());
    PasswordField next = password("account-new", viewModel.newPasswordProperty());
    PasswordField confirm = password("account-confirm", viewModel.confirmProperty());
    confirm.setOnAction(e -> viewModel.changePassword());
    Label mismatch = label(viewModel.mismatch(), "danger");
    mismatch.managedProperty().bind(mismatch.textProperty().isNotEmpty());
    GridPane form = new GridPane();
    form.setHgap(16);
    form.setVgap(8);
    row(form, 0, viewModel.text("account.field.currentPassword"), current);
    row(form, 1, viewModel.text("account.field.newPassword"), next);
    form.add(new PasswordStrengthView(viewModel.strength(), "account").root(), 1, 2);
    row(form, 3, viewModel.text("account.field.confirm"), confirm);
    form.add(mismatch, 1, 4);
    Button change =
        button("account-change-password", viewModel.text("account.changePassword.submit"));
    change.disableProperty().bind(viewModel.canChangePassword().not());
    change.setOnAction(e -> viewModel.changePassword());

    Button backup = button("account-backup", viewModel.text("backup.create"));
    backup.disableProperty().bind(viewModel.busyProperty());
    backup.setOnAction(e -> viewModel.backup());
    Button lock = button("account-lock", viewModel.text("account.lock.submit"));
    lock.setOnAction(e -> viewModel.lockNow());

    VBox content =
        new VBox(
            10,
            title,
            signedIn,
            message,
            heading(viewModel.text("account.changePassword.heading")),
            form,
            change,
            heading(viewModel.text("account.backup.heading")),
            label(viewModel.text("account.backup.hint"), "text-muted"),
            backup,
            heading(viewModel.text("account.lock.heading")),
            label(viewModel.text("account.lock.hint"), "text-muted"),
            new HBox(lock));
    content.setMaxWidth(820);
    content.setPadding(new Insets(0, 8, 16, 0));
    root = new ScrollPane(content);
    root.setFitToWidth(true);
    root.getStyleClass().addAll("edge-to-edge", "depder-account");
  }

  private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
    PasswordField field = new PasswordField();
    field.setId(id);
    field.setPrefColumnCount(22);
    field.textProperty().bindBidirectional(value);
    return field;
  }

  private static Button button(String id, ObservableValue<String> text) {
    Button button = KeyboardActivation.fireOnEnter(new Button());
    button.setId(id);
    button.textProperty().bind(text);
    return button;
  }

  private static Label heading(ObservableValue<String> text) {
    Label label = label(text, "title-4");
    label.setPadding(new Insets(14, 0, 0, 0));
    return label;
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

  public Node root() {
    return root;
  }
}
