package vn.hocsau.system;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds every JAX-RS route the platform defines, by reading the compiled classes. */
final class RouteCatalog {

  /** One route: HTTP method, path template, and whether it declares its access. */
  record Route(String method, String path, boolean declaresAccess, String where) {
    String key() {
      return method + " " + path;
    }
  }

  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(
          GET.class, "GET",
          POST.class, "POST",
          PUT.class, "PUT",
          DELETE.class, "DELETE",
          PATCH.class, "PATCH");

  private RouteCatalog() {}

  static List<Route> all() {
    List<Route> routes = new ArrayList<>();
    for (Class<?> type : platformClasses()) {
      Path base = type.getAnnotation(Path.class);
      if (base == null) {
        continue;
      }
      boolean classAccess = declaresAccess(type.getAnnotations());
      for (Method method : type.getDeclaredMethods()) {
        for (var verb : VERBS.entrySet()) {
          if (method.isAnnotationPresent(verb.getKey())) {
            Path sub = method.getAnnotation(Path.class);
            routes.add(
                new Route(
                    verb.getValue(),
                    join(base.value(), sub == null ? "" : sub.value()),
                    classAccess || declaresAccess(method.getAnnotations()),
                    type.getSimpleName() + "." + method.getName()));
          }
        }
      }
    }
    return routes;
  }

  private static boolean declaresAccess(Annotation[] annotations) {
    return Stream.of(annotations)
        .map(Annotation::annotationType)
        .anyMatch(
            t ->
                t == PermitAll.class
                    || t == RolesAllowed.class
                    || t == Authenticated.class
                    || t == DenyAll.class);
  }

  static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static List<Class<?>> platformClasses() {
    java.nio.file.Path root = java.nio.file.Path.of("target", "classes");
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("vn/hocsau"))) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .map(RouteCatalog::load)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
