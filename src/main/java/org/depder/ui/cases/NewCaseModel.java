package org.depder.ui.cases;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.depder.domain.cases.AgeBand;
import org.depder.domain.cases.Case;
import org.depder.domain.cases.CaseOpening;
import org.depder.domain.cases.OpeningRoute;
import org.depder.domain.cases.Sex;

/**
 * Opening a case directly (issue 7 item 1), by a social worker after a walk-in or a call, or by a
 * consular officer abroad: the route and the few facts a referral packet will carry (age band, sex,
 * language, welaýat). No name is asked: the case gets a new person id, and a person record can be
 * linked to it later; nothing here identifies the person.
 */
public final class NewCaseModel {
  /** The person's languages offered: ours first, then those most often met at the borders. */
  public static final List<String> LANGUAGES = List.of("tk", "ru", "en", "uz", "fa", "tr");

  /** The routes of a direct opening (from a screening is opened in the screening area). */
  public static final List<OpeningRoute> ROUTES =
      List.of(OpeningRoute.SOCIAL_WORKER, OpeningRoute.CONSULAR_OFFICER);

  private final CaseContext context;
  private final Consumer<UUID> opened;
  private final Supplier<UUID> personIds;
  private final BooleanProperty shown = new SimpleBooleanProperty(false);
  private final ObjectProperty<OpeningRoute> route = new SimpleObjectProperty<>();
  private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
  private final BooleanProperty presumedMinor = new SimpleBooleanProperty(false);
  private final BooleanBinding presumedMinorAllowed =
      Bindings.createBooleanBinding(() -> ageBand.get() == AgeBand.UNKNOWN, ageBand);
  private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
  private final StringProperty language = new SimpleStringProperty();
  private final StringProperty region = new SimpleStringProperty();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

  /**
   * @param opened called on the UI thread with the new case's id, to open it
   * @param personIds a new person id for every case opened here
   */
  NewCaseModel(CaseContext context, Consumer<UUID> opened, Supplier<UUID> personIds) {
    this.context = context;
    this.opened = opened;
    this.personIds = personIds;
    // a known band settles the question: a child band is the child path anyway
    presumedMinorAllowed.addListener(
        (o, a, allowed) -> {
          if (!allowed) {
            presumedMinor.set(false);
          }
        });
    language.addListener((o, a, b) -> problem.set(""));
    region.addListener((o, a, b) -> problem.set(""));
    clear();
  }

  /** Shows an empty form. */
  public void start() {
    clear();
    shown.set(true);
  }

  public void cancel() {
    shown.set(false);
  }

  private void clear() {
    route.set(OpeningRoute.SOCIAL_WORKER);
    ageBand.set(AgeBand.UNKNOWN);
    presumedMinor.set(false);
    sex.set(Sex.UNKNOWN);
    language.set(null);
    region.set(null);
    problem.set("");
  }

  /**
   * Opens the case when the form is complete; otherwise says what is missing and changes nothing.
   * On success the form closes and the new case is open.
   */
  public void open() {
    if (language.get() == null) {
      problem.set(context.messages().text("casesui.newCase.languageNeeded"));
      return;
    }
    if (region.get() == null) {
      problem.set(context.messages().text("casesui.newCase.regionNeeded"));
      return;
    }
    problem.set("");
    CaseOpening.Facts facts =
        new CaseOpening.Facts(
            personIds.get(),
            region.get(),
            ageBand.get(),
            presumedMinor.get() && presumedMinorAllowed.get(),
            sex.get(),
            language.get());
    OpeningRoute chosen = route.get();
    context.act(
        () -> context.cases().openDirect(facts, chosen),
        (Case c) -> {
          shown.set(false);
          opened.accept(c.id());
          return m -> m.text("casesui.newCase.opened", c.caseNumber());
        });
  }

  public BooleanProperty shownProperty() {
    return shown;
  }

  public ObjectProperty<OpeningRoute> routeProperty() {
    return route;
  }

  public ObjectProperty<AgeBand> ageBandProperty() {
    return ageBand;
  }

  public BooleanProperty presumedMinorProperty() {
    return presumedMinor;
  }

  /** A presumption of minority is asked only while the age is not known (DOMAIN 1.7). */
  public BooleanBinding presumedMinorAllowed() {
    return presumedMinorAllowed;
  }

  public ObjectProperty<Sex> sexProperty() {
    return sex;
  }

  /** An ISO 639-1 code from {@link #LANGUAGES}; null until chosen. */
  public StringProperty languageProperty() {
    return language;
  }

  /** A welaýat code, "" for "not known"; null until chosen. */
  public StringProperty regionProperty() {
    return region;
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
