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
import java.time.Duration;
import java.time.Instant;
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
 *     [--threads 1,16,64] [--server auto|nginx|java] [--out DIR] [--cold-starts N] [--no-extras] [--no-tokens] [--jfr]
 * </pre>
 */
public final class Harness {

  private static final String PROFILE_GET = ProfileGetBenchmark.class.getName();
  private static final List<String> MAIN = List.of("client", "rawTyped", "rawDefaults");
  private static final List<String> BODIES = List.of("small", "demo");
  /** The thread count at which the settings A/B runs. */
  private static final int EXTRA_THREADS = 16;
  private static final double CPU_TARGET = 1.10;
  private static final double THROUGHPUT_TARGET = 0.95;
  private static final double BYTES_TARGET = 1.10;
  private static final double COLD_START_TARGET = 1.3;

  private final Settings settings;
  private final Path out;
  private final PrintStream console = System.out;
  private final List<Run> runs = new ArrayList<>();
  private final List<String> tokenLines = new ArrayList<>();
  private LoopbackServer server;
  private final List<String> driftLines = new ArrayList<>();
  private final List<ColdStart.Sample[]> coldStarts = new ArrayList<>();
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
    final String body;
    final int threads;
    final String pool;
    final String callTimeout;

    Case(String method, String body, int threads, String pool, String callTimeout) {
      this.method = method;
      this.body = body;
      this.threads = threads;
      this.pool = pool;
      this.callTimeout = callTimeout;
    }

    static Case of(String method, String body, int threads) {
      return new Case(method, body, threads, "64", "30s");
    }

    String setting() {
      if (!pool.equals("64")) {
        return "pool=" + pool;
      }
      return callTimeout.equals("30s") ? "default" : "callTimeout=" + callTimeout;
    }

    String key() {
      return Harness.key(method, body, threads, setting());
    }

    String fileName(int round) {
      return String.format(Locale.ROOT, "r%02d-%s-t%02d-%s-%s", round, body, threads, method,
          setting().replace('=', '-'));
    }
  }

  /** What one fork measured. */
  private static final class Run {
    final Case what;
    final int round;
    final double opsPerSecond;
    final double bytesPerCall;
    final double cpuMicrosPerCall;
    /** Connections the server accepted per 1,000 requests during the fork (warm-up included); NaN if unknown. */
    final double connectionsPerThousand;

    Run(Case what, int round, double opsPerSecond, double bytesPerCall, double cpuMicrosPerCall,
        double connectionsPerThousand) {
      this.what = what;
      this.round = round;
      this.opsPerSecond = opsPerSecond;
      this.bytesPerCall = bytesPerCall;
      this.cpuMicrosPerCall = cpuMicrosPerCall;
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
    String small = ProfileBody.smallProfileEnvelope(body);
    Files.writeString(out.resolve("logging.properties"), "handlers=java.util.logging.ConsoleHandler\n"
        + ".level=INFO\nio.github.omneoid.json.level=SEVERE\n", StandardCharsets.UTF_8);
    driftLines.add(drift("demo", body));
    driftLines.add(drift("small", small));
    server = LoopbackServer.start(settings.server, out.resolve("server"), body, small);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.close()));
    String serverLine = "Server: " + server.description() + ", " + server.baseUrl() + "/profiles/me answers "
        + body.getBytes(StandardCharsets.UTF_8).length + " bytes (the sandbox's demo profile), "
        + server.smallBaseUrl() + "/profiles/me " + small.getBytes(StandardCharsets.UTF_8).length
        + " bytes (its top-level scalars)";
    console.println(serverLine);
    String loadBefore = loadAverage();
    try {
      warmServer();
      List<Group> groups = plan();
      // The stale-token forks (two, or four in ABBA order) and the refresh storm's one.
      runCount = groups.stream().mapToInt(g -> g.cases.size()).sum() + (settings.tokens ? (settings.quick ? 3 : 5) : 0)
          + (settings.coldStarts > 0 ? 1 : 0);
      if (settings.coldStarts > 0) {
        coldStart();
      }
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
   * The forks in the order they run: round after round; in each, per body and thread count, the main three and (in
   * the first {@code extraRounds} rounds, at 16 threads) the settings that show where time goes, rotated by one each
   * round.
   */
  private List<Group> plan() {
    List<Group> groups = new ArrayList<>();
    for (int round = 1; round <= settings.rounds; round++) {
      for (String body : BODIES) {
        for (int threads : settings.threads) {
          List<Case> group = new ArrayList<>();
          for (String method : MAIN) {
            group.add(Case.of(method, body, threads));
          }
          if (settings.extras && round <= settings.extraRounds && threads == EXTRA_THREADS) {
            group.add(new Case("client", body, threads, "5", "30s"));
            group.add(new Case("rawTyped", body, threads, "5", "30s"));
            group.add(new Case("client", body, threads, "64", "off"));
            group.add(new Case("rawTyped", body, threads, "64", "off"));
            group.add(Case.of("clientPerCustomer", body, threads));
          }
          int shift = (round - 1) % group.size();
          List<Case> rotated = new ArrayList<>(group.subList(shift, group.size()));
          rotated.addAll(group.subList(0, shift));
          groups.add(new Group(round, rotated));
        }
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
        .param("body", c.body)
        .param("pool", c.pool)
        .param("callTimeout", c.callTimeout)
        .addProfiler(GCProfiler.class)
        .addProfiler(CpuTimeProfiler.class)
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
    Run run = new Run(c, round, result.getPrimaryResult().getScore(), secondary(result, "gc.alloc.rate.norm"),
        secondary(result, CpuTimeProfiler.RESULT), connections);
    runs.add(run);
    console.printf(Locale.ROOT, "[%d/%d] round %d, %-5s %2d threads, %-17s %-15s %,8.0f ops/s %,6.1f us/call "
            + "%,7.0f B/call%s%n", ++runNumber, runCount, round, c.body, c.threads, c.method, c.setting(),
        run.opsPerSecond, run.cpuMicrosPerCall, run.bytesPerCall, Double.isNaN(run.connectionsPerThousand) ? ""
            : String.format(Locale.ROOT, " %,6.1f connections/1k calls", run.connectionsPerThousand));
  }

  private static double secondary(RunResult result, String name) {
    Result<?> value = result.getSecondaryResults().get(name);
    return value == null ? Double.NaN : value.getScore();
  }

  /**
   * Cold starts on the small body, client and raw alternately (ABAB, the first of each pair alternating), after one
   * unmeasured start of each that puts the jar in the page cache.
   */
  private void coldStart() throws IOException, InterruptedException {
    Path dir = Files.createDirectories(out.resolve("coldstart"));
    Instant now = Instant.now();
    String token = Fixtures.jwt(ProfileBody.PROFILE_ID, now, now.plus(Duration.ofDays(1)));
    List<String> flags = List.of("-Djava.util.logging.config.file=" + out.resolve("logging.properties"));
    Path log = dir.resolve("children.log");
    for (String mode : List.of("client", "raw")) {
      ColdStart.runChild(mode, server.smallBaseUrl(), token, flags, log);
    }
    for (int i = 0; i < settings.coldStarts; i++) {
      boolean clientFirst = i % 2 == 0;
      ColdStart.Sample first = ColdStart.runChild(clientFirst ? "client" : "raw", server.smallBaseUrl(), token,
          flags, log);
      ColdStart.Sample second = ColdStart.runChild(clientFirst ? "raw" : "client", server.smallBaseUrl(), token,
          flags, log);
      coldStarts.add(clientFirst ? new ColdStart.Sample[] {first, second} : new ColdStart.Sample[] {second, first});
    }
    console.printf(Locale.ROOT, "[%d/%d] cold start, %d pairs: client %.0f ms wall %.0f ms CPU, raw %.0f ms wall "
            + "%.0f ms CPU (medians)%n", ++runNumber, runCount, coldStarts.size(),
        Stats.median(coldStart(0, true)), Stats.median(coldStart(0, false)), Stats.median(coldStart(1, true)),
        Stats.median(coldStart(1, false)));
  }

  /** @return the cold starts' wall or CPU milliseconds of one side: 0 the client, 1 raw */
  private double[] coldStart(int side, boolean wall) {
    return coldStarts.stream().mapToDouble(p -> wall ? p[side].wallMillis : p[side].cpuMillis).toArray();
  }

  /** @return the per-pair ratios client/raw of wall or CPU time */
  private double[] coldStartRatios(boolean wall) {
    return coldStarts.stream().mapToDouble(p -> wall ? p[0].wallMillis / p[1].wallMillis
        : p[0].cpuMillis / p[1].cpuMillis).toArray();
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
  private static String drift(String name, String body) throws IOException {
    List<SchemaDrift> events = new ArrayList<>();
    OmneoJson.parse(body, ProfileEnvelope.class, events::add);
    if (events.isEmpty()) {
      return "The " + name + " body has no schema drift: every field has the type the spec declares.";
    }
    return "The " + name + " body drifts from the spec at " + events.size() + " places per call ("
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
    driftLines.forEach(line -> s.append("- ").append(line).append('\n'));
    s.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
        .append('\n');
    s.append(String.format(Locale.ROOT, "- Forks: %d round(s) of single forks, interleaved; each fork %d warm-up + "
            + "%d measured iterations of %s; the settings A/B at %d threads in %d round(s). Scores: mean over forks "
            + "± half-width of the 95 %% Student-t interval over forks; ratios: mean of the per-round ratios "
            + "(forks of the same round) ± the same. CPU/call: the fork's process CPU time over the measured "
            + "iterations / calls (CpuTimeProfiler; the server is another process); KB/call: JMH's "
            + "gc.alloc.rate.norm (all threads' allocation / calls).%n",
        settings.rounds, settings.warmupIterations, settings.measurementIterations, settings.iterationTime,
        EXTRA_THREADS, settings.extras ? settings.extraRounds : 0));
    s.append("- Sides: client = `id.profile().get()`, built with defaults (its own OkHttp client: pool of 64, "
        + "connect/read/write 10 s, call 30 s, no retry, no redirects); rawTyped = OkHttp set up like the client + "
        + "Moshi into the same generated model (the baseline of the targets); rawDefaults = `new OkHttpClient()` "
        + "untouched (pool of 5, no call timeout) + the same Moshi adapter. Raw requests are built each call with the "
        + "same token and Authorization, Accept and User-Agent headers as the client sends.\n\n");
    s.append("| body | threads | client ops/s | rawTyped ops/s | rawDefaults ops/s | client CPU us/call "
        + "| rawTyped CPU us/call | rawDefaults CPU us/call | client KB/call | rawTyped KB/call | rawDefaults KB/call "
        + "| verdict (CPU <= " + CPU_TARGET + ", throughput >= " + THROUGHPUT_TARGET + ", bytes <= " + BYTES_TARGET
        + " of rawTyped) |\n");
    s.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (String body : BODIES) {
      for (int threads : settings.threads) {
        String c = key("client", body, threads, "default");
        String t = key("rawTyped", body, threads, "default");
        String d = key("rawDefaults", body, threads, "default");
        s.append("| ").append(body).append(" | ").append(threads);
        for (Metric metric : Metric.values()) {
          for (String k : List.of(c, t, d)) {
            s.append(" | ").append(Stats.format(values(k, metric), metric.pattern));
          }
        }
        s.append(" | ").append(verdict(c, t)).append(" |\n");
      }
    }
    s.append("\nREADME table (ratios client/baseline: mean of per-round ratios ± 95 % interval; targets against "
        + "rawTyped: throughput >= " + THROUGHPUT_TARGET + ", CPU/call <= " + CPU_TARGET + ", bytes/call <= "
        + BYTES_TARGET + "; cold start <= " + COLD_START_TARGET + "):\n\n");
    s.append("| body | threads | baseline | throughput | CPU per call | bytes per call | verdict |\n");
    s.append("|---|---|---|---|---|---|---|\n");
    for (String body : BODIES) {
      for (int threads : settings.threads) {
        String c = key("client", body, threads, "default");
        for (String baseline : List.of("rawTyped", "rawDefaults")) {
          String b = key(baseline, body, threads, "default");
          s.append("| ").append(body).append(" | ").append(threads).append(" | ").append(baseline);
          for (Metric metric : Metric.values()) {
            s.append(" | ").append(Stats.format(ratios(c, b, metric), "%.2f"));
          }
          s.append(" | ").append(baseline.equals("rawTyped") ? verdict(c, b) : "(second line)").append(" |\n");
        }
      }
    }
    if (!coldStarts.isEmpty()) {
      s.append(String.format(Locale.ROOT, "| small | cold start | raw OkHttp + Moshi | wall %s | CPU %s | — "
              + "| wall %s, CPU %s |%n", Stats.format(coldStartRatios(true), "%.2f"),
          Stats.format(coldStartRatios(false), "%.2f"), Stats.verdict(coldStartRatios(true), COLD_START_TARGET, true),
          Stats.verdict(coldStartRatios(false), COLD_START_TARGET, true)));
      s.append(String.format(Locale.ROOT, "%nCold start (JVM start to the first successful profile read on the small "
              + "body, a child JVM each, same flags, %d pairs ABAB after one unmeasured start of each; medians): "
              + "client %.0f ms wall, %.0f ms CPU; raw OkHttp + Moshi %.0f ms wall, %.0f ms CPU.%n",
          coldStarts.size(), Stats.median(coldStart(0, true)), Stats.median(coldStart(0, false)),
          Stats.median(coldStart(1, true)), Stats.median(coldStart(1, false))));
    }
    appendSettings(s);
    appendConnections(s);
    if (!tokenLines.isEmpty()) {
      s.append("\nTokens under load:\n\n");
      tokenLines.forEach(line -> s.append(line).append('\n'));
    }
    return s.toString();
  }

  /** The settings A/B: one setting changed on both sides, against each side's default. */
  private void appendSettings(StringBuilder s) {
    if (runs.stream().noneMatch(r -> !r.what.setting().equals("default")
        || r.what.method.equals("clientPerCustomer"))) {
      return;
    }
    s.append("\nWhich setting changes what, at ").append(EXTRA_THREADS)
        .append(" threads — one setting changed on both sides (ratios of throughput, and of CPU per call):\n\n");
    s.append("| body | setting | client ops/s | rawTyped ops/s | client/rawTyped | CPU client/rawTyped "
        + "| client vs its default | rawTyped vs its default | new connections per 1,000 calls, client / rawTyped |\n");
    s.append("|---|---|---|---|---|---|---|---|---|\n");
    for (String body : BODIES) {
      String clientDefault = key("client", body, EXTRA_THREADS, "default");
      String rawTypedDefault = key("rawTyped", body, EXTRA_THREADS, "default");
      for (String setting : List.of("pool=5", "callTimeout=off")) {
        String c = key("client", body, EXTRA_THREADS, setting);
        String t = key("rawTyped", body, EXTRA_THREADS, setting);
        if (has(c) && has(t)) {
          s.append("| ").append(body).append(" | ").append(setting).append(" | ").append(ops(c)).append(" | ")
              .append(ops(t)).append(" | ").append(ratio(c, t, Metric.THROUGHPUT)).append(" | ")
              .append(ratio(c, t, Metric.CPU)).append(" | ").append(ratio(c, clientDefault, Metric.THROUGHPUT))
              .append(" | ").append(ratio(t, rawTypedDefault, Metric.THROUGHPUT)).append(" | ")
              .append(connections(c)).append(" / ").append(connections(t)).append(" |\n");
        }
      }
      String perCustomer = key("clientPerCustomer", body, EXTRA_THREADS, "default");
      if (has(perCustomer)) {
        s.append("| ").append(body).append(" | one client per thread (per customer) | ").append(ops(perCustomer))
            .append(" | ").append(ops(rawTypedDefault)).append(" | ").append(ratio(perCustomer, rawTypedDefault,
                Metric.THROUGHPUT)).append(" | ").append(ratio(perCustomer, rawTypedDefault, Metric.CPU)).append(" | ")
            .append(ratio(perCustomer, clientDefault, Metric.THROUGHPUT)).append(" | — | ")
            .append(connections(perCustomer)).append(" / ").append(connections(rawTypedDefault)).append(" |\n");
      }
    }
  }

  private void appendConnections(StringBuilder s) {
    if (runs.stream().allMatch(r -> Double.isNaN(r.connectionsPerThousand))) {
      return;
    }
    s.append("\nNew connections per 1,000 calls (nginx's accept and request counters over each fork, warm-up "
        + "included; the setup's few calls open 2–4):\n\n");
    s.append("| body | threads | client | rawTyped | rawDefaults |\n");
    s.append("|---|---|---|---|---|\n");
    for (String body : BODIES) {
      for (int threads : settings.threads) {
        s.append("| ").append(body).append(" | ").append(threads);
        for (String method : MAIN) {
          s.append(" | ").append(connections(key(method, body, threads, "default")));
        }
        s.append(" |\n");
      }
    }
  }

  /** @return the new connections per 1,000 calls of the forks of {@code key}, "—" where the server keeps no count */
  private String connections(String key) {
    return Stats.format(of(key).stream().mapToDouble(r -> r.connectionsPerThousand).filter(v -> !Double.isNaN(v))
        .toArray(), "%.1f");
  }

  /** What a fork measured, as the summary shows it. */
  private enum Metric {
    THROUGHPUT("%,.0f"), CPU("%.1f"), BYTES("%.1f");

    final String pattern;

    Metric(String pattern) {
      this.pattern = pattern;
    }

    double of(Run run) {
      switch (this) {
        case THROUGHPUT:
          return run.opsPerSecond;
        case CPU:
          return run.cpuMicrosPerCall;
        default:
          return run.bytesPerCall / 1000;
      }
    }
  }

  private String verdict(String client, String baseline) {
    String throughput = Stats.verdict(ratios(client, baseline, Metric.THROUGHPUT), THROUGHPUT_TARGET, false);
    String cpu = Stats.verdict(ratios(client, baseline, Metric.CPU), CPU_TARGET, true);
    String bytes = Stats.verdict(ratios(client, baseline, Metric.BYTES), BYTES_TARGET, true);
    return "throughput " + throughput + ", CPU " + cpu + ", bytes " + bytes;
  }

  private static String key(String method, String body, int threads, String setting) {
    return method + "|" + body + "|" + threads + "|" + setting;
  }

  private boolean has(String key) {
    return runs.stream().anyMatch(r -> r.what.key().equals(key));
  }

  private List<Run> of(String key) {
    return runs.stream().filter(r -> r.what.key().equals(key)).collect(Collectors.toList());
  }

  private double[] values(String key, Metric metric) {
    return of(key).stream().mapToDouble(metric::of).toArray();
  }

  private String ops(String key) {
    return Stats.format(values(key, Metric.THROUGHPUT), Metric.THROUGHPUT.pattern);
  }

  /** @return the ratios of {@code a} to {@code b} in each round that ran both */
  private double[] ratios(String a, String b, Metric metric) {
    List<Double> ratios = new ArrayList<>();
    for (Run x : of(a)) {
      for (Run y : of(b)) {
        if (x.round == y.round) {
          ratios.add(metric.of(x) / metric.of(y));
        }
      }
    }
    return ratios.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private String ratio(String a, String b, Metric metric) {
    return Stats.format(ratios(a, b, metric), "%.2f");
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
    int rounds = 3;
    int extraRounds = 1;
    int coldStarts = 10;
    boolean extras = true;
    boolean tokens = true;
    boolean jfr;
    int[] threads = {1, 16, 64};
    String server = "auto";
    Path out;
    int warmupIterations = 7;
    int measurementIterations = 4;
    TimeValue iterationTime = TimeValue.seconds(2);

    static Settings parse(String[] args) {
      Settings s = new Settings();
      Integer rounds = null;
      Integer extraRounds = null;
      Integer coldStarts = null;
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
          case "--cold-starts":
            coldStarts = Integer.parseInt(args[++i]);
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
        s.coldStarts = 3;
      }
      if (coldStarts != null) {
        s.coldStarts = coldStarts;
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
