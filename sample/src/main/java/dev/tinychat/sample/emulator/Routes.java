package dev.tinychat.sample.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of methods: HTTP method and path pattern to handler. Each collection's class adds its
 * own routes; IDs in paths are captured as groups.
 */
final class Routes {
  /** One method's handler; answers the JSON body of a 200, or throws {@link ApiError}. */
  interface Handler {
    byte[] handle(Call call);
  }

  /** A route that matched, with the captured IDs. */
  record Match(Matcher path, Handler handler) {}

  private record Route(String method, Pattern path, Handler handler) {}

  /** One path segment: an ID. */
  static final String ID = "([^/:%]+)";

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route; {@code path} is a regular expression using {@link #ID} for IDs. */
  void add(String method, String path, Handler handler) {
    routes.add(new Route(method, Pattern.compile(path), handler));
  }

  /** The route of a request, or a 404 naming what the emulator does not serve. */
  Match find(String method, String path) {
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(path);
      if (route.method().equals(method) && matcher.matches()) {
        return new Match(matcher, route.handler());
      }
    }
    throw ApiError.of(
        404, "NOT_FOUND", "No method " + method + " " + path + " in the emulated Chat API.");
  }
}
