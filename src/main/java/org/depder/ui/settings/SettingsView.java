package org.depder.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;

/** The settings screen: one group of radio buttons per setting, each applied as soon as chosen. */
public final class SettingsView {
  private final VBox root = new VBox(8);

  public SettingsView(SettingsViewModel viewModel) {
    Label title = label(viewModel.text("settings.title"), "title-2");
    Label hint = label(viewModel.text("settings.hint"), "text-muted");
    hint.setWrapText(true);
    root.getChildren().addAll(title, hint);
    section(
        viewModel.text("settings.language.label"),
        choices(
            "language",
            viewModel.languages(),
            viewModel.languageProperty(),
            l -> new SimpleStringProperty(viewModel.languageName(l)),
            l -> l.code()));
    section(
        viewModel.text("settings.theme.label"),
        choices(
            "theme",
            viewModel.themes(),
            viewModel.themeProperty(),
            viewModel::themeLabel,
            t -> t.name().toLowerCase(Locale.ROOT)));
    section(
        viewModel.text("settings.textSize.label"),
        choices(
            "text-size",
            viewModel.textSizes(),
            viewModel.textSizeProperty(),
            viewModel::textSizeLabel,
            s -> Integer.toString(s.percent())));
    root.setMaxWidth(760);
    root.getStyleClass().add("depder-settings");
  }

  private void section(ObservableValue<String> heading, FlowPane choices) {
    Label label = label(heading, "title-4");
    label.setPadding(new Insets(20, 0, 2, 0));
    root.getChildren().addAll(label, choices);
  }

  private static Label label(ObservableValue<String> text, String styleClass) {
    Label label = new Label();
    label.textProperty().bind(text);
    label.getStyleClass().add(styleClass);
    return label;
  }

  /**
   * Radio buttons for {@code values}, kept in step with {@code property} both ways; node ids are
   * {@code <group>-<suffix>} for tests and tools.
   */
  private static <T> FlowPane choices(
      String group,
      List<T> values,
      ObjectProperty<T> property,
      Function<T, ObservableValue<String>> label,
      Function<T, String> idSuffix) {
    ToggleGroup toggles = new ToggleGroup();
    FlowPane row = new FlowPane(24, 8);
    for (T value : values) {
      RadioButton radio = KeyboardActivation.fireOnEnter(new RadioButton());
      radio.setId(group + "-" + idSuffix.apply(value));
      radio.textProperty().bind(label.apply(value));
      radio.setUserData(value);
      radio.setToggleGroup(toggles);
      radio.setSelected(value.equals(property.get()));
      row.getChildren().add(radio);
    }
    toggles
        .selectedToggleProperty()
        .addListener(
            (obs, old, toggle) -> {
              if (toggle != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) toggle.getUserData();
                property.set(chosen);
              }
            });
    property.addListener(
        (obs, old, now) ->
            toggles.getToggles().stream()
                .filter(t -> now.equals(t.getUserData()))
                .findFirst()
                .ifPresent(toggles::selectToggle));
    return row;
  }

  public Node root() {
    return root;
  }
}
