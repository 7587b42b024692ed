package org.depder.ui.screening;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.GridPane;
import org.depder.app.screening.TravelArranger;
import org.depder.app.screening.TravelPurpose;
import org.depder.domain.reference.Country;

/** Step 5: where from, where to, why, who arranged it, how long abroad. */
final class JourneyStepView {
  private JourneyStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    JourneyStepModel m = vm.journey();
    List<Country> countries = vm.person().countryChoices();
    GridPane form = Choices.form();
    c.row(
        form,
        "screening.journey.origin",
        c.combo(
            "journey-origin",
            countries,
            k -> k.name().in(vm.texts().language().code()),
            m.originProperty()));
    c.row(
        form,
        "screening.journey.destination",
        c.combo(
            "journey-destination",
            countries,
            k -> k.name().in(vm.texts().language().code()),
            m.destinationProperty()));
    c.row(
        form,
        "screening.journey.purpose",
        c.toggles(
            "journey-purpose",
            List.of(TravelPurpose.values()),
            TravelPurpose::key,
            m.purposeProperty()));
    c.row(
        form,
        "screening.journey.arranger",
        c.toggles(
            "journey-arranger",
            List.of(TravelArranger.values()),
            TravelArranger::key,
            m.arrangerProperty()));
    c.row(form, "screening.journey.months", c.field("journey-months", m.monthsTextProperty(), 4));
    DatePicker returned = new DatePicker();
    returned.setId("journey-returned");
    returned.valueProperty().bindBidirectional(m.returnedOnProperty());
    c.row(form, "screening.journey.returnedOn", returned);
    form.add(
        c.check(
            "journey-worked-before",
            "screening.journey.workedBefore",
            m.workedAbroadBeforeProperty()),
        1,
        form.getRowCount());
    return Choices.section(c.hint("screening.journey.hint"), form);
  }
}
