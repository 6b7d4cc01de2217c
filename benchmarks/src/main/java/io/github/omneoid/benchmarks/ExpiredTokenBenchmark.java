package io.github.omneoid.benchmarks;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (2) 64 threads call {@code id.profile().get()} at once on a client whose token has expired: time until all
 * complete, and the mints it took (the {@code mints} counter, per run; one is the goal). The baseline is the same
 * 64 calls on a client with a fresh token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = 1)
@Measurement(iterations = 20, batchSize = 1)
@Fork(1)
public class ExpiredTokenBenchmark {

  private static final int THREADS = 64;

  private OmneoIdSandbox sandbox;
  private OmneoIdAdmin admin;
  private ExecutorService pool;
  private final AtomicLong minted = new AtomicLong();
  private String profileId;

  /** Reported per run next to the time. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Mints {
    public long mints;
  }

  @Setup
  public void start() {
    sandbox = OmneoIdSandbox.builder().tokenLifetime(Duration.ofHours(1)).start();
    profileId = String.valueOf(sandbox.seedProfile(ProfileSeed.withEmail("ann@example.com").firstName("Ann"))
        .get("id"));
    admin = OmneoIdAdmin.builder().baseUrl(sandbox.baseUrl()).apiToken(sandbox.adminToken()).build();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  /** A client holding {@code token}, refreshing through the admin minter (counted). */
  private OmneoId client(IdToken token) {
    return OmneoId.builder().baseUrl(sandbox.baseUrl()).idToken(token).retryPolicy(RetryPolicy.none())
        .tokenSource(() -> {
          minted.incrementAndGet();
          return admin.auth().requestAuthToken(AuthTokenRequest.forProfile(profileId));
        }).build();
  }

  @Benchmark
  public long expiredToken(Mints counter) throws Exception {
    long before = minted.get();
    Instant expired = Instant.now().minusSeconds(60);
    long done = all64(client(IdToken.parse(Fixtures.jwt(profileId, expired.minusSeconds(3600), expired))));
    counter.mints += minted.get() - before;
    return done;
  }

  @Benchmark
  public long freshToken(Mints counter) throws Exception {
    long before = minted.get();
    long done = all64(client(IdToken.parse(sandbox.mintToken(profileId))));
    counter.mints += minted.get() - before;
    return done;
  }

  private long all64(OmneoId id) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> calls = new ArrayList<>(THREADS);
    for (int i = 0; i < THREADS; i++) {
      calls.add(pool.submit(() -> {
        start.await();
        return id.profile().get().getId();
      }));
    }
    start.countDown();
    long done = 0;
    for (Future<String> call : calls) {
      done += call.get(30, TimeUnit.SECONDS).length();
    }
    return done;
  }

  @TearDown(Level.Trial)
  public void stop() {
    pool.shutdownNow();
    sandbox.close();
  }
}
