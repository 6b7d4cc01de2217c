package io.github.omneoid.benchmarks;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.json.OmneoJson;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * (4) Building a customer client — one per customer session on a server — against building what a hand-rolled
 * client needs: an OkHttp client derived from a shared one, and Retrofit with Moshi.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientBuildBenchmark {

  private final OkHttpClient shared = new OkHttpClient();
  private String jwt;

  @Setup
  public void setUp() {
    jwt = Fixtures.jwt("p-1", Instant.now(), Instant.now().plusSeconds(3600));
  }

  @Benchmark
  public OmneoId omneoIdClient() {
    return OmneoId.builder().tenant("acme").okHttpClient(shared).idToken(jwt).build();
  }

  @Benchmark
  public Retrofit bareRetrofit() {
    return new Retrofit.Builder().baseUrl("https://api.acme.getomneo.com/id/api/v1/")
        .client(shared.newBuilder().build())
        .addConverterFactory(MoshiConverterFactory.create(OmneoJson.moshi())).build();
  }
}
