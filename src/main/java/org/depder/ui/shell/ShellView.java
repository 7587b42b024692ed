package org.depder.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.depder.ui.KeyboardActivation;
import org.depder.ui.LiveTexts;

/**
 * The main window's content: a menu bar (F1 About, Ctrl+Q Quit), the navigation with one button per
 * registered area, and the open area. Area views are created on first use and then kept, so an area
 * keeps its state while the user looks elsewhere.
 */
public final class ShellView {
  private final ShellViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final StackPane content = new StackPane();
  private final Map<Area, Node> views = new HashMap<>();
  private final ToggleGroup navigation = new ToggleGroup();

  public ShellView(ShellViewModel viewModel, LiveTexts texts, Consumer<Window> openAbout) {
    this.viewModel = viewModel;
    root.setTop(menuBar(texts, openAbout));
    root.setLeft(navigation());
    root.setCenter(content);
    root.getStyleClass().add("depder-shell");
    content.setPadding(new Insets(24, 32, 24, 32));
    content.setAlignment(Pos.TOP_LEFT);
    viewModel.selectedAreaProperty().addListener((obs, old, area) -> show(area));
    show(viewModel.selectedAreaProperty().get());
  }

  private MenuBar menuBar(LiveTexts texts, Consumer<Window> openAbout) {
    MenuItem quit = new MenuItem();
    quit.textProperty().bind(texts.text("shell.menu.quit"));
    quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
    quit.setOnAction(e -> viewModel.quit());
    quit.setId("menu-quit");
    Menu file = new Menu();
    file.textProperty().bind(texts.text("shell.menu.file"));
    file.getItems().add(quit);

    MenuItem about = new MenuItem();
    about.textProperty().bind(texts.text("shell.menu.about"));
    about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
    about.setOnAction(e -> openAbout.accept(root.getScene().getWindow()));
    about.setId("menu-about");
    Menu help = new Menu();
    help.textProperty().bind(texts.text("shell.menu.help"));
    help.getItems().add(about);

    return new MenuBar(file, help);
  }

  private VBox navigation() {
    VBox nav = new VBox(4);
    nav.setPadding(new Insets(16, 8, 16, 8));
    nav.setPrefWidth(220);
    nav.getStyleClass().add("depder-navigation");
    nav.setStyle(
        "-fx-background-color: -color-bg-subtle; -fx-border-color: transparent"
            + " -color-border-default transparent transparent;");
    for (Area area : viewModel.areas()) {
      ToggleButton button = KeyboardActivation.fireOnEnter(new ToggleButton());
      button.setId("nav-" + area.id());
      button.textProperty().bind(viewModel.areaTitle(area));
      button.setToggleGroup(navigation);
      button.setUserData(area);
      button.setMaxWidth(Double.MAX_VALUE);
      button.setAlignment(Pos.CENTER_LEFT);
      button.getStyleClass().add("flat");
      button.setSelected(area == viewModel.selectedAreaProperty().get());
      nav.getChildren().add(button);
      VBox.setVgrow(button, Priority.NEVER);
    }
    navigation
        .selectedToggleProperty()
        .addListener(
            (obs, old, toggle) -> {
              if (toggle == null) {
                // the open area stays open when its button is pressed again
                navigation.selectToggle(old);
              } else {
                viewModel.open((Area) toggle.getUserData());
              }
            });
    return nav;
  }

  private void show(Area area) {
    Node view = views.computeIfAbsent(area, a -> a.view().get());
    content.getChildren().setAll(view);
    navigation.getToggles().stream()
        .filter(t -> t.getUserData() == area)
        .findFirst()
        .ifPresent(navigation::selectToggle);
  }

  public Parent root() {
    return root;
  }
}
