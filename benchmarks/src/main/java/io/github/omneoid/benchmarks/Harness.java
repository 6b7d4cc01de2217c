package io.github.omneoid.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.model.ProfileEnvelope;
import org.apache.commons.math3.distribution.TDistribution;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one command behind {@code benchmarks/run.sh}: starts the loopback server, runs the benchmarks as interleaved
 * single forks (round after round, each round every benchmark once per thread count, the order rotated each round,
 * so slow drift of a shared machine hits every side alike), stops the server, and prints the ratios with the
 * machine. Everything lands in one folder: the JMH JSON and log of every fork, the server's configuration and log,
 * {@code summary.md}.
 *
 * <pre>
 * java -cp benchmarks.jar io.github.omneoid.benchmarks.Harness [--quick] [--rounds N] [--extra-rounds N]
 *     [--threads 1,16,64] [--server auto|nginx|java] [--out DIR] [--no-extras] [--no-tokens] [--jfr]
 * </pre>
 */
public final class Harness {

  private static final String PROFILE_GET = ProfileGetBenchmark.class.getName();
  private static final List<String> MAIN = List.of("client", "rawTyped", "rawMap");

  private final Settings settings;
  private final Path out;
  private final PrintStream console = System.out;
  private final List<Run> runs = new ArrayList<>();
  private final List<String> tokenLines = new ArrayList<>();
  private LoopbackServer server;
  private String driftLine = "";
  private int runNumber;
  private int runCount;

  private Harness(Settings settings) {
    this.settings = settings;
    this.out = settings.out;
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    new Harness(settings).run();
  }

  /** One benchmark at one thread count and one setting: a JMH fork. */
  private static final class Case {
    final String method;
    final int threads;
    final String pool;
    final String callTimeout;

    Case(String method, int threads, String pool, String callTimeout) {
      this.method = method;
      this.threads = threads;
      this.pool = pool;
      this.callTimeout = callTimeout;
    }

    String setting() {
      if (!pool.equals("okhttp-default")) {
        return "pool=" + pool;
      }
      return callTimeout.equals("30s") ? "default" : "callTimeout=" + callTimeout;
    }

    String key() {
      return method + "|" + threads + "|" + setting();
    }

    String fileName(int round) {
      return String.format(Locale.ROOT, "r%02d-t%02d-%s-%s", round, threads, method, setting().replace('=', '-'));
    }
  }

  /** What one fork measured. */
  private static final class Run {
    final Case what;
    final int round;
    final double opsPerSecond;
    final double bytesPerCall;
    /** Connections the server accepted per 1,000 requests during the fork (warm-up included); NaN if unknown. */
    final double connectionsPerThousand;

    Run(Case what, int round, double opsPerSecond, double bytesPerCall, double connectionsPerThousand) {
      this.what = what;
      this.round = round;
      this.opsPerSecond = opsPerSecond;
      this.bytesPerCall = bytesPerCall;
      this.connectionsPerThousand = connectionsPerThousand;
    }
  }

  private void run() throws Exception {
    Files.createDirectories(out.resolve("jmh"));
    String machine = machine();
    console.println("Benchmark harness" + (settings.quick ? " (--quick: smoke figures only)" : ""));
    console.println(machine);
    console.println("Results folder: " + out);
    String body = ProfileBody.demoProfileEnvelope();
    Files.writeString(out.resolve("logging.properties"), "handlers=java.util.logging.ConsoleHandler\n"
        + ".level=INFO\nio.github.omneoid.json.level=SEVERE\n", StandardCharsets.UTF_8);
    driftLine = drift(body);
    server = LoopbackServer.start(settings.server, out.resolve("server"), body);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.close()));
    String serverLine = "Server: " + server.description() + ", " + server.baseUrl() + "/profiles/me answers "
        + body.getBytes(StandardCharsets.UTF_8).length + " bytes (the sandbox's demo profile)";
    console.println(serverLine);
    String loadBefore = loadAverage();
    try {
      warmServer();
      List<Group> groups = plan();
      // The stale-token forks (two, or four in ABBA order) and the refresh storm's one.
      runCount = groups.stream().mapToInt(g -> g.cases.size()).sum() + (settings.tokens ? (settings.quick ? 3 : 5) : 0);
      for (Group group : groups) {
        for (Case c : group.cases) {
          measure(c, group.round);
        }
      }
      if (settings.tokens) {
        tokens();
      }
    } finally {
      server.close();
    }
    String summary = summary(machine, serverLine, loadBefore, loadAverage());
    Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
    console.println();
    console.println(summary);
    console.println("Written to " + out.resolve("summary.md"));
  }

  /** The forks of one round at one thread count, in the order they run. */
  private static final class Group {
    final int round;
    final List<Case> cases;

    Group(int round, List<Case> cases) {
      this.round = round;
      this.cases = cases;
    }
  }

  /**
   * The forks in the order they run: round after round; in each, per thread count, the main three and (in the
   * first {@code extraRounds} rounds) the settings that show where time goes, rotated by one each round.
   */
  private List<Group> plan() {
    List<Group> groups = new ArrayList<>();
    for (int round = 1; round <= settings.rounds; round++) {
      for (int threads : settings.threads) {
        List<Case> group = new ArrayList<>();
        for (String method : MAIN) {
          group.add(new Case(method, threads, "okhttp-default", "30s"));
        }
        if (settings.extras && round <= settings.extraRounds && threads > 1) {
          group.add(new Case("client", threads, "64", "30s"));
          group.add(new Case("rawTyped", threads, "64", "30s"));
          group.add(new Case("client", threads, "okhttp-default", "off"));
          group.add(new Case("rawTyped", threads, "okhttp-default", "off"));
          group.add(new Case("clientPerCustomer", threads, "okhttp-default", "30s"));
        }
        int shift = (round - 1) % group.size();
        List<Case> rotated = new ArrayList<>(group.subList(shift, group.size()));
        rotated.addAll(group.subList(0, shift));
        groups.add(new Group(round, rotated));
      }
    }
    return groups;
  }

  private ChainedOptionsBuilder options(String include, String name) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .forks(1)
        .jvmArgsAppend("-Xms1g", "-Xmx1g", "-D" + LoopbackServer.BASE_URL_PROPERTY + "=" + server.baseUrl(),
            "-Domneo.bench.reportDir=" + out.resolve("jmh"),
            // The body's schema drift is reported once in the summary, not by every fork on the console.
            "-Djava.util.logging.config.file=" + out.resolve("logging.properties"))
        .output(out.resolve("jmh").resolve(name + ".log").toString())
        .result(out.resolve("jmh").resolve(name + ".json").toString())
        .resultFormat(ResultFormatType.JSON)
        .shouldFailOnError(true);
    return options;
  }

  private void measure(Case c, int round) throws RunnerException {
    ChainedOptionsBuilder options = options("^" + PROFILE_GET.replace(".", "\\.") + "\\." + c.method + "$",
        c.fileName(round))
        .threads(c.threads)
        .param("pool", c.pool)
        .param("callTimeout", c.callTimeout)
        .addProfiler(GCProfiler.class)
        .warmupIterations(settings.warmupIterations)
        .warmupTime(settings.iterationTime)
        .measurementIterations(settings.measurementIterations)
        .measurementTime(settings.iterationTime);
    if (settings.jfr) {
      // One recording per fork, of the measurement iterations, with JFR's "profile" settings.
      options.addProfiler(JavaFlightRecorderProfiler.class, "configName=profile;dir="
          + out.resolve("jfr").resolve(c.fileName(round)));
    }
    Optional<long[]> before = server.counters();
    RunResult result = new Runner(options.build()).runSingle();
    Optional<long[]> after = server.counters();
    double connections = Double.NaN;
    if (before.isPresent() && after.isPresent()) {
      // Less the status request of the second reading itself.
      long accepted = after.get()[0] - before.get()[0] - 1;
      long requests = after.get()[1] - before.get()[1] - 1;
      connections = requests > 0 ? 1000.0 * accepted / requests : Double.NaN;
    }
    Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
    Run run = new Run(c, round, result.getPrimaryResult().getScore(), alloc == null ? Double.NaN : alloc.getScore(),
        connections);
    runs.add(run);
    console.printf(Locale.ROOT, "[%d/%d] round %d, %2d threads, %-17s %-15s %,8.0f ops/s %,7.0f B/call %,6.1f "
            + "connections/1k calls%n", ++runNumber, runCount, round, c.threads, c.method, c.setting(),
        run.opsPerSecond, run.bytesPerCall, run.connectionsPerThousand);
  }

  /** Puts the server's own warm-up (a JIT for the fallback server) before the first measured fork. */
  private void warmServer() throws InterruptedException {
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder().url(server.baseUrl() + "/profiles/me")
        .header("Authorization", "Bearer warm-up").build();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.quick ? 1 : 3);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread thread = new Thread(() -> {
        while (System.nanoTime() < end) {
          try (Response response = http.newCall(request).execute()) {
            response.body().bytes();
          } catch (IOException e) {
            throw new IllegalStateException("the server failed during its warm-up", e);
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    http.connectionPool().evictAll();
    http.dispatcher().executorService().shutdown();
  }

  /** The stale-token benchmark (and its fresh-token control), and the refresh storm on the sandbox. */
  private void tokens() throws RunnerException, IOException {
    String stale = StaleTokenBenchmark.class.getName().replace(".", "\\.");
    JsonAdapter<Map<String, Object>> json = new Moshi.Builder().build()
        .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    // ABBA in a real run, so that drift of the machine does not favour one side.
    List<String> order = settings.quick ? List.of("staleTokens", "freshToken")
        : List.of("staleTokens", "freshToken", "freshToken", "staleTokens");
    List<Map<String, Object>> reports = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      String method = order.get(i);
      String name = "StaleTokenBenchmark-" + (i + 1) + "-" + method;
      ChainedOptionsBuilder options = options("^" + stale + "\\." + method + "$", name);
      if (settings.quick) {
        options.warmupIterations(1).warmupTime(TimeValue.seconds(2)).measurementIterations(3)
            .measurementTime(TimeValue.seconds(2));
      }
      new Runner(options.build()).runSingle();
      Path report = out.resolve("jmh").resolve("stale-report-" + method + ".json");
      Path kept = out.resolve("jmh").resolve(name + "-report.json");
      Files.move(report, kept);
      Map<String, Object> r = json.fromJson(Files.readString(kept));
      reports.add(r);
      console.printf(Locale.ROOT, "[%d/%d] StaleTokenBenchmark.%s: %,.0f calls, %.0f mints (%.0f unnecessary), "
              + "slowest wait before sending %.1f ms%n", ++runNumber, runCount, method, num(r, "calls"),
          num(r, "mints"), num(r, "unnecessaryMints"), num(r, "beforeSendingMaxMs"));
    }
    tokenLines.add("64 threads calling `id.profile().get()` without pause; the stub's mint takes "
        + String.format(Locale.ROOT, "%.0f", num(reports.get(0), "mintMillis"))
        + " ms; \"before sending\" is the time from entering the client to "
        + "writing the request (the token's share of a call).");
    tokenLines.add("");
    tokenLines.add("| fork | token | calls | mints | unnecessary mints | mints on a caller's thread | calls that "
        + "found the token expiring | longest mint | call p99 / p99.9 / max | before sending p99.9 / max |");
    tokenLines.add("|---|---|---|---|---|---|---|---|---|---|");
    double staleWait = 0;
    double freshWait = 0;
    double longestMint = 0;
    double mints = 0;
    double unnecessary = 0;
    double staleSeconds = 0;
    double waited = 0;
    for (int i = 0; i < reports.size(); i++) {
      Map<String, Object> r = reports.get(i);
      boolean isStale = "staleTokens".equals(r.get("benchmark"));
      tokenLines.add(String.format(Locale.ROOT,
          "| %d | %s | %,.0f in %.1f s | %.0f | %.0f | %.0f | %,.0f | %.1f ms | %.1f / %.1f / %.1f ms "
              + "| %.1f / %.1f ms |",
          i + 1, isStale ? "stale every 2–3 s (6 s tokens)" : "control: fresh for a day", num(r, "calls"),
          num(r, "measuredSeconds"), num(r, "mints"), num(r, "unnecessaryMints"), num(r, "mintsOnCallersThread"),
          num(r, "callsWhileExpiring"), num(r, "longestMintMs"), num(r, "p99Ms"), num(r, "p999Ms"), num(r, "maxMs"),
          num(r, "beforeSendingP999Ms"), num(r, "beforeSendingMaxMs")));
      if (isStale) {
        staleWait = Math.max(staleWait, num(r, "beforeSendingMaxMs"));
        longestMint = Math.max(longestMint, num(r, "longestMintMs"));
        mints += num(r, "mints");
        unnecessary += num(r, "unnecessaryMints");
        staleSeconds += num(r, "measuredSeconds");
        waited += num(r, "mintsOnCallersThread") + num(r, "callsWhileExpiring");
      } else {
        freshWait = Math.max(freshWait, num(r, "beforeSendingMaxMs"));
      }
    }
    tokenLines.add("");
    tokenLines.add(String.format(Locale.ROOT, "Stale tokens: %.0f mints in %.1f s of calls on tokens fresh for 2–3 s, "
            + "%.0f of them unnecessary (one mint per stale window: %s). %s The longest time before sending was "
            + "%.1f ms with stale tokens, %.1f ms with the fresh one (the machine's share), against a mint round trip "
            + "of up to %.1f ms.",
        mints, staleSeconds, unnecessary, unnecessary == 0 && mints > 0 ? "yes" : "no",
        waited == 0 ? "No call found its token expiring and no mint ran on a caller's thread: the background refresh "
            + "kept every caller from waiting (goal met)."
            : "Some calls had to wait for a mint (see the counts): goal not met.",
        staleWait, freshWait, longestMint));

    String expired = ExpiredTokenBenchmark.class.getName().replace(".", "\\.");
    ChainedOptionsBuilder options = options("^" + expired + "\\.(expiredToken|freshToken)$",
        "ExpiredTokenBenchmark");
    if (settings.quick) {
      options.warmupIterations(2).measurementIterations(5);
    }
    Runner runner = new Runner(options.build());
    Map<String, RunResult> byMethod = new LinkedHashMap<>();
    for (RunResult result : runner.run()) {
      BenchmarkParams params = result.getParams();
      byMethod.put(params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1), result);
    }
    console.printf(Locale.ROOT, "[%d/%d] ExpiredTokenBenchmark done%n", ++runNumber, runCount);
    RunResult storm = byMethod.get("expiredToken");
    RunResult fresh = byMethod.get("freshToken");
    if (storm != null && fresh != null) {
      Result<?> stormMints = storm.getSecondaryResults().get("mints");
      double iterations = storm.getPrimaryResult().getSampleCount();
      tokenLines.add("");
      tokenLines.add(String.format(Locale.ROOT, "Refresh storm (sandbox, in-process): 64 threads on an expired token "
              + "%.1f ± %.1f ms until all complete, %.0f mints in %.0f runs; with a fresh token %.1f ± %.1f ms.",
          storm.getPrimaryResult().getScore(), storm.getPrimaryResult().getScoreError(),
          stormMints == null ? Double.NaN : stormMints.getScore(), iterations,
          fresh.getPrimaryResult().getScore(), fresh.getPrimaryResult().getScoreError()));
    }
  }

  /** Where the served body departs from the spec: the tolerant reader's slower path, taken on every call. */
  private static String drift(String body) throws IOException {
    List<SchemaDrift> events = new ArrayList<>();
    OmneoJson.parse(body, ProfileEnvelope.class, events::add);
    if (events.isEmpty()) {
      return "The body has no schema drift: every field has the type the spec declares.";
    }
    return "The body drifts from the spec at " + events.size() + " places per call ("
        + events.stream().map(d -> d.model() + "." + d.field() + ": " + d.actual() + " for " + d.expected())
            .distinct().collect(Collectors.joining("; "))
        + "): the tolerant reader reads them on both sides alike, and reports each to its drift listener.";
  }

  private static double num(Map<String, Object> report, String key) {
    Object value = report.get(key);
    return value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
  }

  // ------------------------------------------------------------------------------------------------ the report

  private String summary(String machine, String serverLine, String loadBefore, String loadAfter) {
    StringBuilder s = new StringBuilder();
    s.append(settings.quick ? "## Smoke run (--quick): figures for checking the harness, not for conclusions\n\n"
        : "## Benchmark run\n\n");
    s.append("- ").append(machine).append('\n');
    s.append("- ").append(serverLine).append('\n');
    s.append("- ").append(driftLine).append('\n');
    s.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
        .append('\n');
    s.append(String.format(Locale.ROOT, "- Forks: %d round(s) of single forks, interleaved; each fork %d warm-up + "
            + "%d measured iterations of %s; the extra settings in %d round(s). Scores: mean over forks ± half-width "
            + "of the 95 %% Student-t interval over forks; ratios: mean of the per-round ratios (adjacent forks) ± the "
            + "same; B/call: JMH's gc.alloc.rate.norm (all threads' allocation / calls).%n%n",
        settings.rounds, settings.warmupIterations, settings.measurementIterations, settings.iterationTime,
        settings.extras ? settings.extraRounds : 0));
    s.append("| threads | client ops/s | rawTyped ops/s | rawMap ops/s | client/rawTyped | client/rawMap "
        + "| client B/call | rawTyped B/call | rawMap B/call | alloc client/rawTyped |\n");
    s.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (int threads : settings.threads) {
      String c = key("client", threads, "default");
      String t = key("rawTyped", threads, "default");
      String m = key("rawMap", threads, "default");
      s.append("| ").append(threads)
          .append(" | ").append(ops(c)).append(" | ").append(ops(t)).append(" | ").append(ops(m))
          .append(" | ").append(ratio(c, t, false)).append(" | ").append(ratio(c, m, false))
          .append(" | ").append(bytes(c)).append(" | ").append(bytes(t)).append(" | ").append(bytes(m))
          .append(" | ").append(ratio(c, t, true)).append(" |\n");
    }
    if (runs.stream().anyMatch(r -> !r.what.setting().equals("default") || r.what.method.equals("clientPerCustomer"))) {
      s.append("\nWhere time goes — the same comparison with one setting changed on both sides:\n\n");
      s.append("| threads | setting | client ops/s | rawTyped ops/s | client/rawTyped | client vs its default "
          + "| rawTyped vs its default |\n");
      s.append("|---|---|---|---|---|---|---|\n");
      for (int threads : settings.threads) {
        for (String setting : List.of("pool=64", "callTimeout=off")) {
          String c = key("client", threads, setting);
          String t = key("rawTyped", threads, setting);
          if (!has(c) || !has(t)) {
            continue;
          }
          s.append("| ").append(threads).append(" | ").append(setting)
              .append(" | ").append(ops(c)).append(" | ").append(ops(t))
              .append(" | ").append(ratio(c, t, false))
              .append(" | ").append(ratio(c, key("client", threads, "default"), false))
              .append(" | ").append(ratio(t, key("rawTyped", threads, "default"), false)).append(" |\n");
        }
        String perCustomer = key("clientPerCustomer", threads, "default");
        if (has(perCustomer)) {
          String t = key("rawTyped", threads, "default");
          s.append("| ").append(threads).append(" | one client per thread (per customer)")
              .append(" | ").append(ops(perCustomer)).append(" | ").append(ops(t))
              .append(" | ").append(ratio(perCustomer, t, false))
              .append(" | ").append(ratio(perCustomer, key("client", threads, "default"), false))
              .append(" | — |\n");
        }
      }
    }
    if (runs.stream().anyMatch(r -> !Double.isNaN(r.connectionsPerThousand))) {
      s.append("\nNew connections per 1,000 calls (nginx's accept and request counters over each fork, warm-up "
          + "included; the setup's few calls open 2–3):\n\n");
      s.append("| threads | client | rawTyped | rawMap | client, pool=64 | rawTyped, pool=64 |\n");
      s.append("|---|---|---|---|---|---|\n");
      for (int threads : settings.threads) {
        s.append("| ").append(threads);
        for (String k : List.of(key("client", threads, "default"), key("rawTyped", threads, "default"),
            key("rawMap", threads, "default"), key("client", threads, "pool=64"),
            key("rawTyped", threads, "pool=64"))) {
          double[] values = of(k).stream().mapToDouble(r -> r.connectionsPerThousand)
              .filter(v -> !Double.isNaN(v)).toArray();
          s.append(" | ").append(values.length == 0 ? "—" : format(values, "%.1f"));
        }
        s.append(" |\n");
      }
    }
    if (!tokenLines.isEmpty()) {
      s.append("\nTokens under load:\n\n");
      tokenLines.forEach(line -> s.append(line).append('\n'));
    }
    s.append("\nRaw baselines' OkHttp client: OkHttp's defaults (a pool of 5 idle connections; the client's shared "
        + "pool keeps 64, so compare the pool=64 rows for like with like), connect/read/write timeouts 10 s, call "
        + "timeout 30 s, retryOnConnectionFailure(false), as the client sets its own; a Request built each call with "
        + "the same token and Authorization, Accept and User-Agent headers as the client sends.\n");
    return s.toString();
  }

  private static String key(String method, int threads, String setting) {
    return method + "|" + threads + "|" + setting;
  }

  private boolean has(String key) {
    return runs.stream().anyMatch(r -> r.what.key().equals(key));
  }

  private List<Run> of(String key) {
    return runs.stream().filter(r -> r.what.key().equals(key)).collect(Collectors.toList());
  }

  private String ops(String key) {
    double[] values = of(key).stream().mapToDouble(r -> r.opsPerSecond).toArray();
    return format(values, "%,.0f");
  }

  private String bytes(String key) {
    double[] values = of(key).stream().mapToDouble(r -> r.bytesPerCall / 1000).toArray();
    return values.length == 0 ? "—" : format(values, "%.1f").replace(" ±", " KB ±") + (values.length < 2 ? " KB" : "");
  }

  /** The mean of the per-round ratios of {@code a} to {@code b} (throughput or bytes per call). */
  private String ratio(String a, String b, boolean allocation) {
    List<Double> ratios = new ArrayList<>();
    for (Run x : of(a)) {
      for (Run y : of(b)) {
        if (x.round == y.round) {
          ratios.add(allocation ? x.bytesPerCall / y.bytesPerCall : x.opsPerSecond / y.opsPerSecond);
        }
      }
    }
    return format(ratios.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f");
  }

  private static String format(double[] values, String pattern) {
    if (values.length == 0) {
      return "—";
    }
    double mean = Arrays.stream(values).average().orElse(Double.NaN);
    if (values.length < 2) {
      return String.format(Locale.ROOT, pattern, mean);
    }
    double sumSquares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    double sd = Math.sqrt(sumSquares / (values.length - 1));
    double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
    double half = t * sd / Math.sqrt(values.length);
    return String.format(Locale.ROOT, pattern + " ± " + pattern, mean, half);
  }

  // ------------------------------------------------------------------------------------------------ the machine

  private static String machine() {
    String cpu = "unknown CPU";
    String memory = "";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
      memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .map(l -> String.format(Locale.ROOT, ", %.0f GiB",
              Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      // not Linux: the JVM's view below is still right
    }
    return String.format(Locale.ROOT, "Machine: %d CPUs (nproc), %s%s; %s %s; %s %s (%s); forks: -Xms1g -Xmx1g, %s",
        Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("os.name"),
        System.getProperty("os.version"), System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).findFirst()
            .map(n -> n.startsWith("G1") ? "G1 GC" : n).orElse("default GC"));
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  // ------------------------------------------------------------------------------------------------ arguments

  private static final class Settings {
    boolean quick;
    int rounds = 5;
    int extraRounds = 3;
    boolean extras = true;
    boolean tokens = true;
    boolean jfr;
    int[] threads = {1, 16, 64};
    String server = "auto";
    Path out;
    int warmupIterations = 3;
    int measurementIterations = 5;
    TimeValue iterationTime = TimeValue.seconds(2);

    static Settings parse(String[] args) {
      Settings s = new Settings();
      Integer rounds = null;
      Integer extraRounds = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--quick":
            s.quick = true;
            break;
          case "--rounds":
            rounds = Integer.parseInt(args[++i]);
            break;
          case "--extra-rounds":
            extraRounds = Integer.parseInt(args[++i]);
            break;
          case "--threads":
            s.threads = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
            break;
          case "--server":
            s.server = args[++i];
            if (!List.of("auto", "nginx", "java").contains(s.server)) {
              throw new IllegalArgumentException("--server must be auto, nginx or java, was: " + s.server);
            }
            break;
          case "--out":
            s.out = Path.of(args[++i]);
            break;
          case "--no-extras":
            s.extras = false;
            break;
          case "--no-tokens":
            s.tokens = false;
            break;
          case "--jfr":
            s.jfr = true;
            break;
          default:
            throw new IllegalArgumentException("unknown argument: " + args[i] + " (see benchmarks/run.sh --help)");
        }
      }
      if (s.quick) {
        s.rounds = 1;
        s.extraRounds = 1;
        s.warmupIterations = 1;
        s.measurementIterations = 1;
        s.iterationTime = TimeValue.seconds(1);
      }
      if (rounds != null) {
        s.rounds = rounds;
      }
      s.extraRounds = Math.min(extraRounds != null ? extraRounds : s.extraRounds, s.rounds);
      if (s.out == null) {
        s.out = Path.of("benchmarks", "target", "bench-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
      }
      s.out = s.out.toAbsolutePath();
      return s;
    }
  }
}
