package vn.hocsau.bench.web;

import java.util.List;
import java.util.Locale;

/** The Markdown table of a run, with each page's throughput as a ratio to the bare route's. */
final class BenchTable {

  private BenchTable() {}

  static String markdown(
      List<WrkRun.Result> results, int connections, String duration, String jvmFlags) {
    double raw = results.get(0).requestsPerSecond();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "wrk -t2 -c%d -d%s --latency; platform JVM: %s; %d CPUs%n%n",
            connections,
            duration,
            jvmFlags,
            Runtime.getRuntime().availableProcessors()));
    out.append(
        "| target | requests/s | ratio to raw | p50 (ms) | p99 (ms) | errors | max RSS (MB) |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (WrkRun.Result r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.2f | %.2f | %.2f | %d | %.0f |%n",
              r.target().name(),
              r.requestsPerSecond(),
              r.requestsPerSecond() / raw,
              r.p50Ms(),
              r.p99Ms(),
              r.errors(),
              r.rssMaxMb()));
    }
    return out.toString();
  }
}
