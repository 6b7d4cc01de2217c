package io.github.omneoid.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.omneoid.jackson.OmneoIdJacksonModule;
import io.github.omneoid.jackson3.OmneoIdJackson3Module;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.PointPage;
import io.github.omneoid.model.ProfileEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * (3) Reading a large profile and a page of 100 points into the generated models, against Moshi reading the same
 * bytes into plain maps and lists (the least any JSON reader must do); and the same models read and written through
 * Jackson 2 and Jackson 3 mappers with the omneo-id-jackson modules, which bridge to OmneoJson.
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
  private ProfileEnvelope profileModel;
  private ObjectMapper jackson2;
  private tools.jackson.databind.ObjectMapper jackson3;

  @Setup
  public void setUp() {
    profile = Fixtures.largeProfileEnvelope();
    page = Fixtures.pointPage();
    profileAdapter = OmneoJson.moshi().adapter(ProfileEnvelope.class);
    pageAdapter = OmneoJson.moshi().adapter(PointPage.class);
    untyped = OmneoJson.moshi().adapter(Object.class);
    jackson2 = new ObjectMapper().registerModule(new OmneoIdJacksonModule());
    jackson3 = JsonMapper.builder().addModule(new OmneoIdJackson3Module()).build();
    try {
      profileModel = profileAdapter.fromJson(profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  @Benchmark
  public ProfileEnvelope largeProfileJackson2() throws IOException {
    return jackson2.readValue(profile, ProfileEnvelope.class);
  }

  @Benchmark
  public ProfileEnvelope largeProfileJackson3() {
    return jackson3.readValue(profile, ProfileEnvelope.class);
  }

  @Benchmark
  public PointPage pageOf100Jackson2() throws IOException {
    return jackson2.readValue(page, PointPage.class);
  }

  @Benchmark
  public PointPage pageOf100Jackson3() {
    return jackson3.readValue(page, PointPage.class);
  }

  @Benchmark
  public String writeLargeProfileOmneoJson() {
    return profileAdapter.toJson(profileModel);
  }

  @Benchmark
  public String writeLargeProfileJackson2() throws IOException {
    return jackson2.writeValueAsString(profileModel);
  }

  @Benchmark
  public String writeLargeProfileJackson3() {
    return jackson3.writeValueAsString(profileModel);
  }
}
