package org.depder.ui.screening;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.depder.ui.KeyboardActivation;

/**
 * The wizard frame: step title and position, the open step, its problems, and the buttons. Keys:
 * Enter or Ctrl+Enter or Alt+Right = next, Alt+Left = back, Esc = back to the list (the draft is
 * kept), F6 = show to the person and back.
 */
public final class ScreeningWizardView {
  private final ScreeningWizardViewModel vm;
  private final Choices choices;
  private final BorderPane frame = new BorderPane();
  private final StackPane root = new StackPane();
  private final ScrollPane scroll = new ScrollPane();
  private final StackPane centre = new StackPane();
  private final PersonFacingView personView;
  private final EventHandler<KeyEvent> shortcuts = this::shortcuts;
  private final EventHandler<KeyEvent> plainKeys = this::plainKeys;
  private StepValidation validation;

  public ScreeningWizardView(ScreeningWizardViewModel vm) {
    this.vm = vm;
    this.choices = new Choices(vm.texts());
    this.personView = new PersonFacingView(vm);
    root.setId("screening-wizard");
    frame.setTop(header());
    scroll.setFitToWidth(true);
    scroll.setId("screening-step");
    scroll.setStyle("-fx-background-color: transparent;");
    centre.getChildren().add(scroll);
    // the person's view covers the whole wizard: the person sees the question, not the record
    personView.root().visibleProperty().bind(vm.showingToPersonProperty());
    frame.setCenter(centre);
    frame.setBottom(footer());
    root.getChildren().addAll(frame, personView.root());
    vm.stepProperty().addListener((o, a, b) -> showStep(true));
    vm.indicators()
        .items()
        .addListener(
            (ListChangeListener<IndicatorItemModel>)
                c -> {
                  if (vm.stepProperty().get() == WizardStep.INDICATORS) {
                    showStep(false);
                  }
                });
    vm.texts().messagesProperty().addListener((o, a, b) -> showStep(false));
    vm.showingToPersonProperty()
        .addListener(
            (o, a, showing) -> {
              if (showing) {
                personView.root().requestFocus();
              } else {
                focusFirst();
              }
            });
    // on the scene, not the root: after a click in the navigation the focus is outside the
    // wizard, and F6 or Esc must still work while the wizard is on screen
    root.sceneProperty()
        .addListener(
            (o, before, now) -> {
              if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                before.removeEventHandler(KeyEvent.KEY_PRESSED, plainKeys);
              }
              if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                now.addEventHandler(KeyEvent.KEY_PRESSED, plainKeys);
              }
            });
    showStep(true);
  }

  private Node header() {
    Label title = Choices.bound(new Label(), vm.labels().stepTitle());
    title.setId("step-title");
    title.getStyleClass().add("title-3");
    Label position = Choices.bound(new Label(), vm.labels().stepPosition());
    position.setId("step-position");
    position.getStyleClass().add("text-muted");
    Label child = choices.label("screening.child.badge");
    child.setId("child-path-badge");
    child.getStyleClass().addAll("warning", "text-bold");
    child.visibleProperty().bind(vm.childPathProperty());
    child.managedProperty().bind(child.visibleProperty());
    Label saved = Choices.bound(new Label(), vm.labels().saveStatus());
    saved.setId("save-status");
    saved.getStyleClass().addAll("text-muted", "text-small");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox row = new HBox(16, title, child, spacer, saved, position);
    row.setAlignment(Pos.BASELINE_LEFT);
    row.setPadding(new Insets(0, 0, 12, 0));
    return row;
  }

  private Node footer() {
    Label problems = new Label();
    problems.setId("step-problems");
    problems.setWrapText(true);
    problems.getStyleClass().add("danger");
    Runnable showProblems =
        () ->
            problems.setText(
                String.join(
                    "\n",
                    vm.problemKeys().stream().map(k -> vm.texts().messages().text(k)).toList()));
    vm.problemKeys()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  showProblems.run();
                  if (validation != null) {
                    validation.refresh();
                  }
                });
    vm.texts().messagesProperty().addListener((o, a, b) -> showProblems.run());
    problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
    problems.managedProperty().bind(problems.visibleProperty());

    Button list = button("wizard-leave", "screening.leave", vm::leave);
    Button person = button("wizard-person-view", "screening.person.open", vm::togglePersonView);
    Button back = button("wizard-back", "screening.back", vm::back);
    back.disableProperty().bind(vm.stepProperty().isEqualTo(WizardStep.CONTEXT));
    Button next = KeyboardActivation.fireOnEnter(new Button());
    next.setId("wizard-next");
    next.textProperty().bind(vm.labels().nextLabel());
    next.getStyleClass().add("accent");
    next.setOnAction(e -> vm.next());
    next.disableProperty().bind(vm.finishingProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, list, spacer, person, back, next);
    buttons.setAlignment(Pos.CENTER_LEFT);
    VBox footer = new VBox(8, problems, buttons);
    footer.setPadding(new Insets(12, 0, 0, 0));
    return footer;
  }

  private Button button(String id, String key, Runnable action) {
    Button button = KeyboardActivation.fireOnEnter(new Button());
    button.setId(id);
    button.textProperty().bind(vm.texts().text(key));
    button.setOnAction(e -> action.run());
    return button;
  }

  private void shortcuts(KeyEvent e) {
    boolean handled = true;
    if (e.getCode() == KeyCode.F6) {
      vm.togglePersonView();
    } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
      vm.next();
    } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
      vm.back();
    } else if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
      vm.next();
    } else {
      handled = false;
    }
    if (handled) {
      e.consume();
    }
  }

  /** After the focused control had its turn: a plain Enter goes on, Esc leaves or closes. */
  private void plainKeys(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
      vm.next();
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      if (vm.showingToPersonProperty().get()) {
        vm.togglePersonView();
      } else {
        vm.leave();
      }
      e.consume();
    }
  }

  private void showStep(boolean moveFocus) {
    Node content =
        switch (vm.stepProperty().get()) {
          case CONTEXT -> ContextStepView.build(vm, choices);
          case SAFETY -> SafetyStepView.build(vm, choices);
          case CONSENT -> ConsentStepView.build(vm, choices);
          case PERSON -> PersonStepView.build(vm, choices);
          case JOURNEY -> JourneyStepView.build(vm, choices);
          case INDICATORS -> IndicatorStepView.build(vm, choices);
          case RESULT -> ResultStepView.build(vm, choices);
          case CONSENTS -> ConsentDecisionsStepView.build(vm, choices);
          case ACTION -> ActionStepView.build(vm, choices);
          case STOPPED -> StoppedStepView.build(vm, choices);
        };
    validation = StepValidation.attach(content, vm.problemKeys(), vm.texts());
    VBox padded = new VBox(content);
    padded.setPadding(new Insets(4, 16, 16, 4));
    scroll.setContent(padded);
    scroll.setVvalue(0);
    if (moveFocus) {
      Platform.runLater(this::focusFirst);
    }
  }

  /** Keyboard users continue in the new step without reaching for the mouse. */
  public void focusFirst() {
    if (root.getScene() == null || scroll.getContent() == null) {
      return;
    }
    firstFocusable(scroll.getContent()).ifPresent(Node::requestFocus);
  }

  private static java.util.Optional<Node> firstFocusable(Node node) {
    if (node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
      return java.util.Optional.of(node);
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        var found = firstFocusable(child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return java.util.Optional.empty();
  }

  public Parent root() {
    return root;
  }

  /** The controls the ControlsFX decorations mark as wrong now (tests). */
  java.util.List<String> invalidControlIds() {
    return validation == null ? java.util.List.of() : validation.invalidControlIds();
  }

  /** The messages the decoration of one control shows (tests). */
  java.util.List<String> messagesOf(String controlId) {
    return validation == null ? java.util.List.of() : validation.messagesOf(controlId);
  }
}
