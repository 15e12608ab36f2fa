package vn.hocsau.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the platform's REST API that the CLI calls: its method, its path template and the
 * query parameters the CLI may send. Every request goes through one of {@link #ALL}, so the test
 * that compares them with the platform's OpenAPI document ({@code /q/openapi}) covers every call.
 */
public record Route(String method, String template, List<String> query) {

  public static final Route LABS = get("/api/v1/labs");
  public static final Route LAB_FILES = get("/api/v1/labs/{course}/{slug}/files");
  public static final Route LAB_FILE = get("/api/v1/labs/{course}/{slug}/files/{name}");
  public static final Route SUBMIT = post("/api/v1/labs/{course}/{slug}/submissions");
  public static final Route SUBMISSIONS = get("/api/v1/labs/{course}/{slug}/submissions");
  public static final Route LEADERBOARD =
      get("/api/v1/labs/{course}/{slug}/leaderboard", "page", "around");
  public static final Route JOBS = get("/api/v1/jobs", "page");
  public static final Route JOB = get("/api/v1/jobs/{id}");
  public static final Route JOB_CANCEL = post("/api/v1/jobs/{id}/cancel");
  public static final Route JOB_EVENTS = get("/api/v1/jobs/{id}/events", "after");
  public static final Route JOB_LOG = get("/api/v1/jobs/{id}/log");
  public static final Route JOB_OUTPUTS = get("/api/v1/jobs/{id}/outputs");
  public static final Route JOB_OUTPUT = get("/api/v1/jobs/{id}/outputs/{name}");
  public static final Route JOB_COMPARE = get("/api/v1/jobs/compare", "id");
  public static final Route COURSE_IMPORT = post("/api/v1/courses/{slug}/import", "dryRun");

  /** Every route the CLI calls. */
  public static final List<Route> ALL =
      List.of(
          LABS,
          LAB_FILES,
          LAB_FILE,
          SUBMIT,
          SUBMISSIONS,
          LEADERBOARD,
          JOBS,
          JOB,
          JOB_CANCEL,
          JOB_EVENTS,
          JOB_LOG,
          JOB_OUTPUTS,
          JOB_OUTPUT,
          JOB_COMPARE,
          COURSE_IMPORT);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  private static Route get(String template, String... query) {
    return new Route("GET", template, List.of(query));
  }

  private static Route post(String template, String... query) {
    return new Route("POST", template, List.of(query));
  }

  /** The names of the path parameters, in order. */
  public List<String> pathParameters() {
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The path with {@code values} (one per path parameter, in order) encoded into it. */
  public Call with(Object... values) {
    List<String> names = pathParameters();
    if (values.length != names.size()) {
      throw new IllegalArgumentException(template + " takes " + names);
    }
    StringBuilder path = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int i = 0;
    while (m.find()) {
      m.appendReplacement(path, Matcher.quoteReplacement(ApiClient.encode(values[i++].toString())));
    }
    m.appendTail(path);
    return new Call(this, path.toString(), new LinkedHashMap<>());
  }

  /** A route with its path filled in, and the query parameters added so far. */
  public record Call(Route route, String path, Map<String, List<String>> params) {

    /** Adds {@code name=value}; {@code name} must be one of the route's query parameters. */
    public Call param(String name, Object value) {
      if (!route.query().contains(name)) {
        throw new IllegalArgumentException(route.template() + " has no query parameter " + name);
      }
      params.computeIfAbsent(name, n -> new ArrayList<>()).add(value.toString());
      return this;
    }

    /** The path and query, e.g. {@code /api/v1/jobs?page=2}. */
    public String target() {
      StringBuilder out = new StringBuilder(path);
      char sep = '?';
      for (Map.Entry<String, List<String>> p : params.entrySet()) {
        for (String v : p.getValue()) {
          out.append(sep).append(p.getKey()).append('=').append(ApiClient.encode(v));
          sep = '&';
        }
      }
      return out.toString();
    }
  }
}
