package archfixture.app;

import archfixture.domain.BadDomain;
import archfixture.ui.BadViewModel;
import javafx.beans.property.SimpleStringProperty;

/** Breaks: app depends on ui and JavaFX, prints to stdout, and closes a cycle with domain. */
public class BadApp {
  BadDomain domain;
  BadViewModel viewModel;
  SimpleStringProperty property;

  void report() {
    System.out.println("x");
  }
}
