package io.github.omneoid.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileEnvelope;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * (1) {@code id.profile().get()} against the same request made by hand, all against one loopback server that costs
 * almost nothing per request (nginx, started by {@code benchmarks/run.sh}; see {@link LoopbackServer}), so what is
 * left is the client's own cost. Same token, same request headers (Authorization, Accept, User-Agent: copied from a
 * request the client sent), same body. The raw calls build their {@code Request} each call, as a backend acting for
 * many customers must (each call carries a customer's token).
 *
 * <ul>
 *   <li>{@link #client}: {@code id.profile().get()} on one client shared by all threads, built with defaults: it owns
 *       its OkHttp client (a pool keeping 64 idle connections for 5 minutes, its own dispatcher, connect/read/write
 *       10 s, call timeout 30 s, no retry on connection failure, no redirects);</li>
 *   <li>{@link #clientPerCustomer}: the same with one client per thread, as a backend acting for many customers
 *       holds one per customer session; they share one {@code OkHttpClient} with the same pool, as the README
 *       tells such a backend to do;</li>
 *   <li>{@link #rawTyped}, the main baseline: OkHttp configured like the client (the same pool, the same four
 *       timeouts, no retry, no redirects) + Moshi reading the same generated model, streaming from the body;</li>
 *   <li>{@link #rawDefaults}: {@code new OkHttpClient()} untouched (a pool of 5, no call timeout) + the same Moshi
 *       adapter: what a user of OkHttp gets without configuring anything.</li>
 * </ul>
 *
 * <p>{@code body} picks the answer: {@code demo} (the 12 KB demo profile) or {@code small} (under 1 KB). Two more
 * parameters change the client and rawTyped alike, to show which setting costs what: {@code pool=5} (OkHttp's default
 * pool size; the client gets it through {@code okHttpClient(...)}) and {@code callTimeout=off} (no call timeout, so no
 * {@code AsyncTimeout} watchdog).
 *
 * <p>Threads are JMH's {@code -t}; run it through {@code benchmarks/run.sh}, which runs 1, 16 and 64 threads,
 * interleaves forks, adds {@link CpuTimeProfiler} and prints the ratios. Without {@code -Domneo.bench.baseUrl=...}
 * each fork starts the fallback server ({@link TinyHttpServer}) in a process of its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ProfileGetBenchmark {

  /** {@code demo}: the 12 KB demo profile; {@code small}: the same profile's top-level scalars, under 1 KB. */
  @Param({"demo", "small"})
  public String body;

  /** {@code 64}: the client's default (its own pool); {@code 5}: OkHttp's default, on both sides. */
  @Param({"64"})
  public String pool;

  /** {@code 30s}: the client's default; {@code off}: none on either side. */
  @Param({"30s"})
  public String callTimeout;

  private Bench.Server server;
  private String baseUrl;
  private String jwt;
  private OkHttpClient callersHttp;
  private OkHttpClient customersHttp;
  private OmneoId client;
  private OkHttpClient raw;
  private OkHttpClient rawDefaults;
  private HttpUrl profileUrl;
  private String authorization;
  private String accept;
  private String userAgent;
  private JsonAdapter<ProfileEnvelope> typed;

  /** One client per thread: a backend's client per customer session. */
  @State(Scope.Thread)
  public static class Customer {
    OmneoId id;

    @Setup(Level.Trial)
    public void build(ProfileGetBenchmark benchmark) {
      id = benchmark.newClient(benchmark.customersHttp);
      Bench.check(id.profile().get().getId(), "clientPerCustomer");
    }
  }

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = Bench.server();
    baseUrl = Bench.baseUrl(server.baseUrl(), body);
    Instant now = Instant.now();
    jwt = Fixtures.jwt(ProfileBody.PROFILE_ID, now, now.plus(Duration.ofDays(1)));
    int poolSize = Integer.parseInt(pool);
    // The caller's OkHttpClient: none by default (the client then owns one with its pool of 64), or one with
    // another pool.
    callersHttp = poolSize == Bench.CLIENT_POOL ? null : new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(poolSize, 5, TimeUnit.MINUTES)).build();
    customersHttp = callersHttp != null ? callersHttp : new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(poolSize, 5, TimeUnit.MINUTES)).build();
    client = newClient(callersHttp);
    Bench.check(client.profile().get().getId(), "client");

    raw = Bench.likeTheClient(poolSize, callTimeout());
    rawDefaults = new OkHttpClient();
    profileUrl = HttpUrl.get(baseUrl + "/profiles/me");
    Headers sent = headersTheClientSends();
    authorization = Bench.required(sent, "Authorization");
    accept = Bench.required(sent, "Accept");
    userAgent = Bench.required(sent, "User-Agent");
    typed = OmneoJson.moshi().adapter(ProfileEnvelope.class);
    Bench.check(rawTyped().getId(), "rawTyped");
    Bench.check(rawDefaults().getId(), "rawDefaults");
  }

  /** @param http the caller's OkHttp client, or null for the client's own */
  OmneoId newClient(OkHttpClient http) {
    OmneoId.Builder builder = OmneoId.builder().baseUrl(baseUrl).idToken(jwt)
        .callTimeout(Duration.ofMillis(callTimeout()));
    if (http != null) {
      builder.okHttpClient(http);
    }
    return builder.build();
  }

  private long callTimeout() {
    return callTimeout.equals("off") ? 0 : Duration.parse("PT" + callTimeout).toMillis();
  }

  /** The application headers of one request the client sends, seen by a network interceptor of a probe client. */
  private Headers headersTheClientSends() {
    Headers[] seen = new Headers[1];
    OkHttpClient probe = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      seen[0] = chain.request().headers();
      return chain.proceed(chain.request());
    }).build();
    OmneoId id = OmneoId.builder().baseUrl(baseUrl).idToken(jwt).okHttpClient(probe).build();
    Bench.check(id.profile().get().getId(), "probe");
    probe.connectionPool().evictAll();
    return seen[0];
  }

  @Benchmark
  public Profile client() {
    return client.profile().get();
  }

  @Benchmark
  public Profile clientPerCustomer(Customer customer) {
    return customer.id.profile().get();
  }

  /**
   * A request built for each call, as a backend must when each call carries a customer's token; from a parsed URL and
   * the header values, the least a caller can do.
   */
  private Request rawRequest() {
    return new Request.Builder().url(profileUrl).header("Authorization", authorization).header("Accept", accept)
        .header("User-Agent", userAgent).build();
  }

  @Benchmark
  public Profile rawTyped() throws IOException {
    return typedGet(raw);
  }

  @Benchmark
  public Profile rawDefaults() throws IOException {
    return typedGet(rawDefaults);
  }

  private Profile typedGet(OkHttpClient http) throws IOException {
    try (Response response = http.newCall(rawRequest()).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return typed.fromJson(response.body().source()).getData();
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }
}
