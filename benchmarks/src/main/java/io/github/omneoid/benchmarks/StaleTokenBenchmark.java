package io.github.omneoid.benchmarks;

import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.IdTokenSource;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.model.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * (2b) 64 threads call {@code id.profile().get()} without pause while the token keeps going stale: the token source
 * is a stub whose mint takes a fixed time ({@code mintMillis}, 20 ms) and returns a token that lives
 * {@code tokenSeconds} (6 s: fresh for its first 2–3 s, stale — used, refreshed in the background — until 1.5 s
 * before it ends, then expiring — callers wait). Every call is timed (an HdrHistogram recorder: all calls, not a
 * sample as in JMH's SampleTime).
 *
 * <p>{@link #staleTokens} against {@link #freshToken}, the same calls on a token that never goes stale. The goal:
 * no caller waits longer than one mint round trip (the background refresh should keep callers from waiting at all),
 * and one mint per stale window (no mint starts while the newest token is still fresh). Besides each call's whole
 * time, the time from entering the client to writing the request is timed too (an application and a network
 * interceptor of the caller's OkHttpClient): that is where a wait for the token shows, without the server's and the
 * parser's time, and the scheduler's share of them, around it. Both clients share a pool that keeps 64 connections,
 * so that waiting for a new connection does not blur it. The figures — calls, mints, unnecessary mints, latency
 * percentiles and maximum, calls slower than one mint — are printed at the end of the trial and written as JSON into
 * the folder named by {@code -Domneo.bench.reportDir}, where the harness reads them. Two counts tell a wait apart
 * from the scheduler's noise on a busy machine: calls that started when the newest token was already expiring (they
 * must wait), and mints run on a caller's thread (the client runs a refresh there only when callers wait for it).
 * The server is the loopback one of {@link ProfileGetBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(64)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StaleTokenBenchmark {

  private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(60);

  /** How long the stub's mint takes. */
  @Param({"20"})
  public int mintMillis;

  /** The lifetime of each minted token, whole seconds as in a JWT. */
  @Param({"6"})
  public int tokenSeconds;

  private Bench.Server server;
  private OmneoId staleClient;
  private OmneoId freshClient;
  private final Mints mints = new Mints();
  /** Calls of {@link #staleTokens} that started when the newest token was already expiring: they had to wait. */
  private final LongAdder callsWhileExpiring = new LongAdder();
  private volatile boolean measuring;
  private long measuredNanos;
  private long iterationStart;
  /** Every call of the current iteration (recording is wait-free, so 64 threads do not queue on it). */
  private final Recorder calls = new Recorder(MAX_NANOS, 3);
  /** Every call's time from entering the client to writing its request: the token, and a pooled connection. */
  private final Recorder beforeSending = new Recorder(MAX_NANOS, 3);
  private final ThreadLocal<long[]> callStart = ThreadLocal.withInitial(() -> new long[1]);
  /** The same over the measurement iterations. */
  private final Histogram measured = new Histogram(MAX_NANOS, 3);
  private final Histogram measuredBeforeSending = new Histogram(MAX_NANOS, 3);

  /** The stub source's log: how many mints, how long they took, and how many were not needed. */
  static final class Mints implements IdTokenSource {
    final AtomicLong all = new AtomicLong();
    final AtomicLong duringMeasurement = new AtomicLong();
    final AtomicLong unnecessary = new AtomicLong();
    /** Mints run on a caller's thread: the client refreshes there only when callers must wait (expiring, gone). */
    final AtomicLong onCallersThread = new AtomicLong();
    final AtomicLong longestNanos = new AtomicLong();
    volatile int mintMillis;
    volatile int tokenSeconds;
    volatile boolean measuring;
    /** When the newest token this source returned turns stale; a mint before that was not needed. */
    private volatile Instant newestStaleAt = Instant.MIN;
    /** When the newest token turns expiring (in epoch millis): a call from then on waits for a mint. */
    volatile long newestExpiringAtMillis = Long.MAX_VALUE;

    @Override
    public IdToken fetch() {
      long start = System.nanoTime();
      if (Instant.now().isBefore(newestStaleAt)) {
        unnecessary.incrementAndGet();
      }
      // The client's background refreshes run on its "omneo-id-<n>-token-refresh-<k>" threads.
      if (measuring && !Thread.currentThread().getName().contains("-token-refresh-")) {
        onCallersThread.incrementAndGet();
      }
      try {
        Thread.sleep(mintMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while minting", e);
      }
      IdToken token = token();
      all.incrementAndGet();
      if (measuring) {
        duringMeasurement.incrementAndGet();
      }
      longestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
      return token;
    }

    /** A token issued now (JWT times are whole seconds), living {@code tokenSeconds}. */
    IdToken token() {
      long issued = Instant.now().getEpochSecond();
      IdToken token = IdToken.parse(Fixtures.jwt(ProfileBody.PROFILE_ID, Instant.ofEpochSecond(issued),
          Instant.ofEpochSecond(issued + tokenSeconds)));
      // The client's margins for this lifetime (README "Tokens"): stale, a quarter, at least 5 s, at most half the
      // lifetime; expiring, half the stale margin, at most 30 s.
      long margin = Math.min(Math.max(tokenSeconds * 1000L / 4, 5000L), tokenSeconds * 1000L / 2);
      newestStaleAt = token.expiresAt().minusMillis(margin);
      newestExpiringAtMillis = token.expiresAt().toEpochMilli() - Math.min(margin / 2, 30_000L);
      return token;
    }
  }

  @Setup(Level.Trial)
  public void start() {
    server = Bench.server();
    mints.mintMillis = mintMillis;
    mints.tokenSeconds = tokenSeconds;
    // An application interceptor runs before the client's own (headers, retries, the token), a network interceptor
    // once a connection is at hand and just before the request is written: between them is the wait for the token.
    // A pool that keeps 64 connections, so that waiting for a new connection does not blur it.
    OkHttpClient http = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
        .addInterceptor(chain -> {
          callStart.get()[0] = System.nanoTime();
          return chain.proceed(chain.request());
        })
        .addNetworkInterceptor(chain -> {
          beforeSending.recordValue(Math.min(System.nanoTime() - callStart.get()[0], MAX_NANOS));
          return chain.proceed(chain.request());
        })
        .build();
    staleClient = OmneoId.builder().baseUrl(server.baseUrl()).okHttpClient(http).idToken(mints.token())
        .tokenSource(mints).build();
    Instant now = Instant.now();
    freshClient = OmneoId.builder().baseUrl(server.baseUrl()).okHttpClient(http)
        .idToken(Fixtures.jwt(ProfileBody.PROFILE_ID, now, now.plus(Duration.ofDays(1)))).tokenSource(mints).build();
    Bench.check(staleClient.profile().get().getId(), "staleTokens");
    Bench.check(freshClient.profile().get().getId(), "freshToken");
  }

  @Setup(Level.Iteration)
  public void iterationStarts(IterationParams iteration) {
    measuring = iteration.getType() == IterationType.MEASUREMENT;
    mints.measuring = measuring;
    calls.reset();
    beforeSending.reset();
    iterationStart = System.nanoTime();
  }

  @TearDown(Level.Iteration)
  public void iterationEnds() {
    Histogram iteration = calls.getIntervalHistogram();
    Histogram iterationBeforeSending = beforeSending.getIntervalHistogram();
    if (measuring) {
      measuredNanos += System.nanoTime() - iterationStart;
      measured.add(iteration);
      measuredBeforeSending.add(iterationBeforeSending);
    }
    mints.measuring = false;
  }

  @Benchmark
  public Profile staleTokens() {
    if (measuring && System.currentTimeMillis() >= mints.newestExpiringAtMillis) {
      callsWhileExpiring.increment();
    }
    long start = System.nanoTime();
    Profile profile = staleClient.profile().get();
    record(System.nanoTime() - start);
    return profile;
  }

  @Benchmark
  public Profile freshToken() {
    long start = System.nanoTime();
    Profile profile = freshClient.profile().get();
    record(System.nanoTime() - start);
    return profile;
  }

  private void record(long nanos) {
    calls.recordValue(Math.min(nanos, MAX_NANOS));
  }

  @TearDown(Level.Trial)
  public void report(BenchmarkParams params) throws IOException {
    server.close();
    String benchmark = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    long mintNanos = TimeUnit.MILLISECONDS.toNanos(mintMillis);
    Histogram before = measuredBeforeSending;
    String json = String.format(Locale.ROOT, "{\"benchmark\":\"%s\",\"threads\":%d,\"mintMillis\":%d,"
            + "\"tokenSeconds\":%d,\"measuredSeconds\":%.3f,\"calls\":%d,\"mints\":%d,\"mintsTotal\":%d,"
            + "\"unnecessaryMints\":%d,\"longestMintMs\":%.3f,\"p50Ms\":%.3f,\"p99Ms\":%.3f,\"p999Ms\":%.3f,"
            + "\"maxMs\":%.3f,\"callsOverOneMint\":%d,\"beforeSendingP99Ms\":%.3f,\"beforeSendingP999Ms\":%.3f,"
            + "\"beforeSendingMaxMs\":%.3f,\"beforeSendingOverHalfMint\":%d,\"beforeSendingOverOneMint\":%d,"
            + "\"mintsOnCallersThread\":%d,\"callsWhileExpiring\":%d}",
        benchmark, params.getThreads(), mintMillis, tokenSeconds, measuredNanos / 1e9, measured.getTotalCount(),
        mints.duringMeasurement.get(), mints.all.get(), mints.unnecessary.get(), mints.longestNanos.get() / 1e6,
        ms(measured.getValueAtPercentile(50)), ms(measured.getValueAtPercentile(99)),
        ms(measured.getValueAtPercentile(99.9)), ms(measured.getMaxValue()),
        measured.getCountBetweenValues(mintNanos, MAX_NANOS),
        ms(before.getValueAtPercentile(99)), ms(before.getValueAtPercentile(99.9)), ms(before.getMaxValue()),
        before.getCountBetweenValues(mintNanos / 2, MAX_NANOS), before.getCountBetweenValues(mintNanos, MAX_NANOS),
        mints.onCallersThread.get(), benchmark.equals("staleTokens") ? callsWhileExpiring.sum() : 0);
    System.out.println();
    System.out.println("stale-token report: " + json);
    String dir = System.getProperty("omneo.bench.reportDir");
    if (dir != null) {
      Files.writeString(Path.of(dir, "stale-report-" + benchmark + ".json"), json, StandardCharsets.UTF_8);
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
