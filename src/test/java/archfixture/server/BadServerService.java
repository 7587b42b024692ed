package archfixture.server;

import io.javalin.http.Context;

/** Breaks: a server service outside server.http that knows the web framework. */
public class BadServerService {
  String source(Context ctx) {
    return ctx.ip();
  }
}
