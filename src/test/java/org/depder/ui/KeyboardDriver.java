package org.depder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives a screen by keyboard alone, as a user without a mouse would: Tab to a control by its id,
 * Space to press, Home and arrows in lists, arrows on a tab row. Shared by the UI tests so that
 * every screen is held to the same keyboard rules; also writes 1366x768 screenshots.
 */
public final class KeyboardDriver {
  private final FxRobot robot;
  private final Stage stage;

  public KeyboardDriver(FxRobot robot, Stage stage) {
    this.robot = robot;
    this.stage = stage;
  }

  public FxRobot robot() {
    return robot;
  }

  /** Tabs forward until the control with {@code id} has the focus (at most 60 steps). */
  public void tabUntil(String id) {
    for (int i = 0; i < 60 && !id.equals(focusedId()); i++) {
      key(KeyCode.TAB);
    }
    assertThat(focusedId()).isEqualTo(id);
  }

  /**
   * Presses and releases one key through the platform robot, as TestFX does, but waits only for
   * that key's events to be handled instead of TestFX's fixed pauses after each press and release
   * (which made walking a large screen by Tab take most of a test's time).
   */
  public void key(KeyCode code) {
    try {
      WaitForAsyncUtils.asyncFx(
              () -> {
                javafx.scene.robot.Robot platform = new javafx.scene.robot.Robot();
                platform.keyPress(code);
                platform.keyRelease(code);
              })
          .get();
      WaitForAsyncUtils.asyncFx(() -> null).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /** Presses {@code arrow} until the control with {@code id} has the focus (in a toggle group). */
  public void arrowUntil(KeyCode arrow, String id) {
    for (int i = 0; i < 20 && !id.equals(focusedId()); i++) {
      key(arrow);
    }
    assertThat(focusedId()).isEqualTo(id);
  }

  /** Tabs to a list and selects its first line with Home. */
  public void select(String id) {
    tabUntil(id);
    key(KeyCode.HOME);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Tabs to a button and presses it with Space. */
  public void press(String id) {
    tabUntil(id);
    key(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Tabs to a text field, selects what it holds and types {@code text} over it. */
  public void type(String id, String text) {
    tabUntil(id);
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Tabs to the tab row {@code tabPaneId} and walks it with the arrow keys to the tab {@code
   * tabId}.
   */
  public void openTab(String tabPaneId, String tabId) {
    tabUntil(tabPaneId);
    TabPane tabs = (TabPane) stage.getScene().lookup("#" + tabPaneId);
    for (int i = 0; i < tabs.getTabs().size() && !tabId.equals(selectedTab(tabs)); i++) {
      key(KeyCode.RIGHT);
      WaitForAsyncUtils.waitForFxEvents();
    }
    for (int i = 0; i < tabs.getTabs().size() && !tabId.equals(selectedTab(tabs)); i++) {
      key(KeyCode.LEFT);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(selectedTab(tabs)).isEqualTo(tabId);
  }

  /**
   * Tabs to the pick list {@code id} and walks it with the arrow keys (down, then up) until it
   * shows {@code value}.
   */
  public void choose(String id, Object value) {
    tabUntil(id);
    ComboBox<?> box = (ComboBox<?>) stage.getScene().lookup("#" + id);
    int size = box.getItems().size();
    for (int i = 0; i <= size && !Objects.equals(value, valueOf(box)); i++) {
      key(KeyCode.DOWN);
    }
    for (int i = 0; i <= size && !Objects.equals(value, valueOf(box)); i++) {
      key(KeyCode.UP);
    }
    assertThat(valueOf(box)).isEqualTo(value);
  }

  private static Object valueOf(ComboBox<?> box) {
    WaitForAsyncUtils.waitForFxEvents();
    return box.getValue();
  }

  /** The value shown by the pick list found by a CSS query such as {@code "#plan-need"}. */
  public Object value(String query) {
    return valueOf((ComboBox<?>) stage.getScene().lookup(query));
  }

  /** The text of the text field or area found by a CSS query. */
  public String field(String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return ((TextInputControl) stage.getScene().lookup(query)).getText();
  }

  /** The lines of the list found by a CSS query, as shown. */
  public List<String> lines(String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return ((ListView<?>) stage.getScene().lookup(query))
        .getItems().stream().map(Object::toString).toList();
  }

  private static String selectedTab(TabPane tabs) {
    WaitForAsyncUtils.waitForFxEvents();
    var tab = tabs.getSelectionModel().getSelectedItem();
    return tab == null ? null : tab.getId();
  }

  /**
   * The id of the focused control, read on the FX thread after the events queued so far (one round
   * trip: the robot already waits for the events of each key it types).
   */
  public String focusedId() {
    try {
      return WaitForAsyncUtils.asyncFx(
              () -> {
                Node owner = stage.getScene().getFocusOwner();
                return owner == null ? null : owner.getId();
              })
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /** The text of a label or button found by a CSS query such as {@code "#cases-status"}. */
  public String text(String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return ((Labeled) stage.getScene().lookup(query)).getText();
  }

  /** Runs {@code action} on the FX thread and waits for it and the events it caused. */
  public static void fx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Renders a fresh copy of a screen at 1366x768 (the smallest screen we support) and writes it as
   * {@code dir/name.png}.
   */
  public static Path screenshot(Supplier<Parent> screen, Path dir, String name) throws Exception {
    WritableImage image =
        WaitForAsyncUtils.asyncFx(() -> new Scene(screen.get(), 1366, 768).snapshot(null)).get();
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    } catch (IOException e) {
      throw new AssertionError("Cannot write " + file, e);
    }
    assertThat(file).isNotEmptyFile();
    return file;
  }

  /**
   * The stage's screen as it is now (open tab, selections, status) rendered at 1366x768: the root
   * is lent to a scene of that size for the snapshot, then put back with the focus where it was.
   */
  public Path screenshotOfStage(Path dir, String name) throws Exception {
    Scene scene = stage.getScene();
    WritableImage image =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Node focused = scene.getFocusOwner();
                  Parent root = scene.getRoot();
                  scene.setRoot(new javafx.scene.Group());
                  Scene big = new Scene(root, 1366, 768);
                  big.getStylesheets().setAll(scene.getStylesheets());
                  WritableImage shot = big.snapshot(null);
                  big.setRoot(new javafx.scene.Group());
                  scene.setRoot(root);
                  if (focused != null) {
                    focused.requestFocus();
                  }
                  return shot;
                })
            .get();
    WaitForAsyncUtils.waitForFxEvents();
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    try {
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    } catch (IOException e) {
      throw new AssertionError("Cannot write " + file, e);
    }
    assertThat(file).isNotEmptyFile();
    return file;
  }
}
