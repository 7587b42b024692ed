package org.depder.ui.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.depder.app.cases.CaseLabels;
import org.depder.app.cases.ReferralLabels;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Sex;
import org.depder.ui.LiveTexts;

/**
 * The "New case" form, in place of the open case on the right: route, age band, presumed minor
 * (only while the age is not known), sex, language and welaýat in two compact columns; Open the
 * case or Cancel (also Esc). Tab walks the fields, the arrow keys change a pick list's value.
 */
final class NewCasePane {
  private final VBox root;
  private final ComboBox<String> region;
  private final ComboBox<?> route;
  private final NewCaseModel vm;
  private final CasesViewModel area;

  NewCasePane(CasesViewModel area, LiveTexts texts, CaseControls c) {
    this.area = area;
    this.vm = area.newCase();
    route =
        CaseChoices.combo(
            texts,
            "newcase-route",
            NewCaseModel.ROUTES,
            (m, r) -> m.text(CaseLabels.route(r)),
            vm.routeProperty());
    ComboBox<AgeBand> age =
        CaseChoices.combo(
            texts,
            "newcase-age",
            Arrays.asList(AgeBand.values()),
            (m, b) -> m.text(ReferralLabels.ageBand(b)),
            vm.ageBandProperty());
    CheckBox minor = new CheckBox();
    minor.setId("newcase-minor");
    minor.textProperty().bind(texts.text("screening.person.presumedMinor"));
    minor.selectedProperty().bindBidirectional(vm.presumedMinorProperty());
    minor.disableProperty().bind(vm.presumedMinorAllowed().not());
    minor.setWrapText(true);
    ComboBox<Sex> sex =
        CaseChoices.combo(
            texts,
            "newcase-sex",
            Arrays.asList(Sex.values()),
            (m, s) -> m.text(ReferralLabels.sex(s)),
            vm.sexProperty());
    ComboBox<String> language =
        CaseChoices.combo(
            texts,
            "newcase-language",
            NewCaseModel.LANGUAGES,
            FactTexts::language,
            vm.languageProperty());
    region =
        CaseChoices.combo(
            texts,
            "newcase-region",
            regions(),
            (m, code) -> FactTexts.region(m, area.welayats(), code, texts.language()),
            vm.regionProperty());

    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, c.labelFor("casesui.newCase.route", route), route);
    form.addRow(1, c.labelFor("casesui.newCase.region", region), region);
    form.addRow(2, c.labelFor("casesui.newCase.ageBand", age), age);
    form.add(minor, 1, 3);
    form.addRow(4, c.labelFor("casesui.newCase.sex", sex), sex);
    form.addRow(5, c.labelFor("casesui.newCase.language", language), language);

    Label hint = new Label();
    hint.setId("newcase-hint");
    hint.setWrapText(true);
    hint.textProperty().bind(texts.text("casesui.newCase.hint"));
    Label problem = new Label();
    problem.setId("newcase-problem");
    problem.getStyleClass().add("danger");
    problem.setWrapText(true);
    problem.textProperty().bind(vm.problemProperty());
    HBox actions =
        new HBox(
            8,
            c.button("newcase-open", "casesui.newCase.open", vm::open),
            c.button("newcase-cancel", "casesui.newCase.cancel", vm::cancel));
    root = new VBox(10, c.heading("casesui.newCase.title"), hint, form, problem, actions);
    root.setId("newcase-form");
    root.setMaxWidth(720);
    root.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            vm.cancel();
            e.consume();
          }
        });
    vm.shownProperty()
        .addListener(
            (o, was, shown) -> {
              if (shown) {
                region.getItems().setAll(regions());
                Platform.runLater(route::requestFocus);
              }
            });
  }

  /** The welaýats of the reference data, then "not known" (an empty code). */
  private List<String> regions() {
    List<String> codes = new ArrayList<>();
    codes.addAll(area.welayatCodes());
    codes.add("");
    return codes;
  }

  Node root() {
    return root;
  }
}
