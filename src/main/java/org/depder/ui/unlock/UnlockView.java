package org.depder.ui.unlock;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.depder.app.i18n.Language;
import org.depder.ui.KeyboardActivation;

/**
 * The discreet unlock screen: the neutral product name, login name, password. Enter in either field
 * signs in. Nothing on it says what the program is for.
 */
public final class UnlockView {
  private final UnlockViewModel viewModel;
  private final StackPane root = new StackPane();
  private final TextField loginName = new TextField();
  private final PasswordField password = new PasswordField();
  private final Timeline ticker;

  public UnlockView(UnlockViewModel viewModel) {
    this.viewModel = viewModel;
    Label appName = new Label();
    appName.textProperty().bind(viewModel.appName());
    appName.getStyleClass().add("title-1");
    Label title = new Label();
    title.textProperty().bind(viewModel.text("unlock.title"));
    title.getStyleClass().add("title-4");

    loginName.setId("unlock-login");
    loginName.textProperty().bindBidirectional(viewModel.loginNameProperty());
    password.setId("unlock-password");
    password.textProperty().bindBidirectional(viewModel.passwordProperty());
    loginName.disableProperty().bind(viewModel.busyProperty());
    password.disableProperty().bind(viewModel.busyProperty());
    loginName.setOnAction(e -> viewModel.unlock());
    password.setOnAction(e -> viewModel.unlock());

    Button submit = KeyboardActivation.fireOnEnter(new Button());
    submit.setId("unlock-submit");
    submit.textProperty().bind(viewModel.text("unlock.submit"));
    submit.disableProperty().bind(viewModel.canUnlock().not());
    submit.getStyleClass().add("accent");
    submit.setMaxWidth(Double.MAX_VALUE);
    submit.setOnAction(e -> viewModel.unlock());

    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(20, 20);
    Label busyText = new Label();
    busyText.textProperty().bind(viewModel.text("unlock.busy"));
    HBox busy = new HBox(8, spinner, busyText);
    busy.setId("unlock-busy");
    busy.setAlignment(Pos.CENTER_LEFT);
    busy.visibleProperty().bind(viewModel.busyProperty());
    busy.managedProperty().bind(viewModel.busyProperty());

    Label message = wrapped("unlock-message", "danger");
    message.textProperty().bind(viewModel.message());
    Label countdown = wrapped("unlock-countdown", "warning");
    countdown.textProperty().bind(viewModel.countdown());

    Button restore = KeyboardActivation.fireOnEnter(new Button());
    restore.setId("unlock-restore");
    restore.textProperty().bind(viewModel.text("backup.restore"));
    restore.getStyleClass().add("flat");
    restore.disableProperty().bind(viewModel.busyProperty());
    restore.setOnAction(e -> viewModel.restore());

    VBox form =
        new VBox(
            6,
            appName,
            title,
            field("unlock.loginName"),
            loginName,
            field("unlock.password"),
            password,
            message,
            countdown,
            busy,
            submit,
            restore,
            languages());
    VBox.setMargin(submit, new Insets(10, 0, 0, 0));
    VBox.setMargin(appName, new Insets(0, 0, 4, 0));
    form.setMaxWidth(380);
    form.setMaxHeight(Double.MAX_VALUE);
    form.setAlignment(Pos.CENTER_LEFT);
    form.setFillWidth(true);
    root.getChildren().add(form);
    root.setPadding(new Insets(32));
    root.getStyleClass().add("depder-unlock");

    ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.tick()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    root.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene == null) {
                ticker.stop();
              } else {
                ticker.play();
              }
            });
  }

  private Label field(String key) {
    Label label = new Label();
    label.textProperty().bind(viewModel.text(key));
    label.setPadding(new Insets(6, 0, 0, 0));
    return label;
  }

  private static Label wrapped(String id, String styleClass) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add(styleClass);
    label.managedProperty().bind(label.textProperty().isNotEmpty());
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    return label;
  }

  /** Each language named in itself, so whoever sits down can read the screen. */
  private HBox languages() {
    HBox row = new HBox(4);
    row.setAlignment(Pos.CENTER_LEFT);
    for (Language language : viewModel.languages()) {
      Button button = KeyboardActivation.fireOnEnter(new Button(language.nativeName()));
      button.setId("unlock-language-" + language.code());
      button.getStyleClass().addAll("flat", "small");
      button.setOnAction(e -> viewModel.chooseLanguage(language));
      row.getChildren().add(button);
    }
    VBox.setMargin(row, new Insets(18, 0, 0, 0));
    return row;
  }

  public Parent root() {
    return root;
  }

  /** The login name when empty (first use, or another user), otherwise the password. */
  public void focusFirstField() {
    if (loginName.getText().isEmpty()) {
      loginName.requestFocus();
    } else {
      password.requestFocus();
    }
  }
}
