package io.github.omneoid.benchmarks;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.PointPage;
import io.github.omneoid.model.ProfileEnvelope;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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

/**
 * (3) Reading a large profile and a page of 100 points into the generated models, against Moshi reading the same
 * bytes into plain maps and lists (the least any JSON reader must do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParsingBenchmark {

  private String profile;
  private String page;
  private JsonAdapter<ProfileEnvelope> profileAdapter;
  private JsonAdapter<PointPage> pageAdapter;
  private JsonAdapter<Object> untyped;

  @Setup
  public void setUp() {
    profile = Fixtures.largeProfileEnvelope();
    page = Fixtures.pointPage();
    profileAdapter = OmneoJson.moshi().adapter(ProfileEnvelope.class);
    pageAdapter = OmneoJson.moshi().adapter(PointPage.class);
    untyped = OmneoJson.moshi().adapter(Object.class);
  }

  @Benchmark
  public ProfileEnvelope largeProfileTyped() throws IOException {
    return profileAdapter.fromJson(profile);
  }

  @Benchmark
  public Object largeProfileUntyped() throws IOException {
    return untyped.fromJson(profile);
  }

  @Benchmark
  public PointPage pageOf100Typed() throws IOException {
    return pageAdapter.fromJson(page);
  }

  @Benchmark
  public Object pageOf100Untyped() throws IOException {
    return untyped.fromJson(page);
  }
}
