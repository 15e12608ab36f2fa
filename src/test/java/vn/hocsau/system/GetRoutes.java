package vn.hocsau.system;

import java.util.List;

/** The path templates of every GET route, for tests in other packages (e.g. label-leak checks). */
public final class GetRoutes {

  private GetRoutes() {}

  public static List<String> templates() {
    return RouteCatalog.all().stream()
        .filter(r -> r.method().equals("GET"))
        .map(RouteCatalog.Route::path)
        .toList();
  }
}
