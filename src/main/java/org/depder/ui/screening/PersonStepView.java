package org.depder.ui.screening;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.depder.app.screening.Accompaniment;
import org.depder.app.screening.AgeBand;
import org.depder.app.screening.AgeCertainty;
import org.depder.app.screening.Sex;

/**
 * Step 4: age or band, sex, citizenship, who the person is with; with a vault, optionally the name,
 * birth year and document, and the people already recorded who may be the same person.
 */
final class PersonStepView {
  private PersonStepView() {}

  static Node build(ScreeningWizardViewModel vm, Choices c) {
    PersonStepModel m = vm.person();
    GridPane form = Choices.form();
    HBox age =
        new HBox(
            12,
            c.field("person-age", m.ageTextProperty(), 4),
            c.toggles(
                "age-certainty",
                List.of(AgeCertainty.values()),
                AgeCertainty::key,
                m.certaintyProperty()));
    c.row(form, "screening.person.age", age);
    c.row(
        form,
        "screening.person.ageBand",
        c.toggles("age-band", List.of(AgeBand.values()), AgeBand::key, m.bandProperty()));
    form.add(
        c.check("presumed-minor", "screening.person.presumedMinor", m.presumedMinorProperty()),
        1,
        form.getRowCount());
    c.row(
        form,
        "screening.person.sex",
        c.toggles("sex", List.of(Sex.values()), Sex::key, m.sexProperty()));
    c.row(
        form,
        "screening.person.citizenship",
        c.combo(
            "citizenship",
            m.countryChoices(),
            k -> k.name().in(vm.texts().language().code()),
            m.citizenshipProperty()));
    form.add(
        c.check("stateless", "screening.person.stateless", m.statelessProperty()),
        1,
        form.getRowCount());
    c.row(
        form,
        "screening.person.accompanied",
        c.toggles(
            "accompanied",
            List.of(Accompaniment.values()),
            Accompaniment::key,
            m.accompaniedProperty()));
    if (!vm.link().available()) {
      return Choices.section(c.hint("screening.person.hint"), form);
    }
    return Choices.section(
        c.hint("screening.person.hint"), form, PersonLinkView.build(vm.link(), vm.texts(), c));
  }
}
