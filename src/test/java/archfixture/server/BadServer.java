package archfixture.server;

import javafx.application.Platform;

/** Breaks: the server must never load JavaFX. */
public class BadServer {
  void run() {
    Platform.exit();
  }
}
