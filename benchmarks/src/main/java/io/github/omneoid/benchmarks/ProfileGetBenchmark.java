package io.github.omneoid.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileEnvelope;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (1) {@code id.profile().get()} against the same request made by hand with OkHttp and Moshi, both on one
 * in-process sandbox answering the same seeded profile with the same token. The difference is what the client adds: interceptors (headers,
 * retry policy, token check), Retrofit's dispatch, envelope unwrapping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProfileGetBenchmark {

  private OmneoIdSandbox sandbox;
  private OmneoId client;
  private OkHttpClient raw;
  private Request rawRequest;
  private JsonAdapter<ProfileEnvelope> adapter;

  @Setup
  public void start() {
    sandbox = OmneoIdSandbox.builder().tokenLifetime(Duration.ofHours(2)).start();
    String profileId = String.valueOf(sandbox.seedProfile(ProfileSeed.withEmail("ann@example.com")
        .firstName("Ann").lastName("Lee").mobilePhone("+61400000000")).get("id"));
    String jwt = sandbox.mintToken(profileId);
    client = OmneoId.builder().baseUrl(sandbox.baseUrl()).idToken(jwt).retryPolicy(RetryPolicy.none()).build();
    raw = new OkHttpClient();
    rawRequest = new Request.Builder().url(sandbox.baseUrl() + "/profiles/me")
        .header("Authorization", "Bearer " + jwt).header("Accept", "application/json")
        .header("User-Agent", "raw-okhttp").build();
    adapter = OmneoJson.moshi().adapter(ProfileEnvelope.class);
  }

  @Benchmark
  public Profile client() {
    return client.profile().get();
  }

  @Benchmark
  public Profile rawOkHttpMoshi() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      return adapter.fromJson(response.body().source()).getData();
    }
  }

  @TearDown
  public void stop() {
    sandbox.close();
  }
}
