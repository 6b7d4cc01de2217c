package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.client.Ticker;
import io.github.omneoid.sandbox.MutableClock;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's stress: 16 threads × 1,000 calls against the sandbox while a shared clock runs through several token
 * lifetimes. The clock moves 2 s every 200 calls, 160 s in all, through one-minute tokens.
 *
 * <p>Expected mints: a token is refreshed once it is stale (15 s before exp, so after 45 s) and callers only wait
 * once it is expiring (7.5 s before exp), so each token serves between 45 s and 52.5 s of clock. Over 160 s that is
 * 1 + 160/52.5 … 1 + 160/45 mints: 4 or 5 — the tolerance. One mint per refresh window, never one per thread.
 */
class ConcurrencyStressTest {

  private static final int THREADS = 16;
  private static final int CALLS_PER_THREAD = 1_000;
  private static final int CALLS_PER_STEP = 200;
  private static final Duration STEP = Duration.ofSeconds(2);

  @Test
  void sixteenThreadsThroughSeveralExpiriesWithoutAFailureOrAnExpiredToken() throws Exception {
    MutableClock clock = MutableClock.at(Instant.parse("2026-07-01T00:00:00Z"));
    try (OmneoIdSandbox sandbox = OmneoIdSandbox.builder().clock(clock).tokenLifetime(Duration.ofMinutes(1)).start()) {
      String profileId = String.valueOf(sandbox.seedProfile(ProfileSeed.withEmail("stress@example.com")
          .firstName("Stress")).get("id"));
      OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(sandbox.baseUrl()).apiToken(sandbox.adminToken()).build();
      AtomicInteger mints = new AtomicInteger();
      ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
      OkHttpClient counting = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
        okhttp3.Response response = chain.proceed(chain.request());
        statuses.computeIfAbsent(response.code(), code -> new AtomicInteger()).incrementAndGet();
        return response;
      }).build();
      OmneoId id = OmneoId.builder().baseUrl(sandbox.baseUrl()).clock(clock).ticker(Ticker.following(clock))
          .okHttpClient(counting)
          .retryPolicy(RetryPolicy.none()).tokenSource(() -> {
            mints.incrementAndGet();
            return admin.auth().requestAuthToken(AuthTokenRequest.forProfile(profileId));
          }).build();

      AtomicLong calls = new AtomicLong();
      AtomicInteger failures = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          for (int i = 0; i < CALLS_PER_THREAD; i++) {
            try {
              assertThat(id.profile().get().getId()).isEqualTo(profileId);
            } catch (RuntimeException | AssertionError e) {
              failures.incrementAndGet();
            }
            if (calls.incrementAndGet() % CALLS_PER_STEP == 0) {
              clock.advance(STEP);
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();

      assertThat(failures).as("failed calls").hasValue(0);
      assertThat(calls).hasValue(THREADS * CALLS_PER_THREAD);
      assertThat(statuses.getOrDefault(401, new AtomicInteger())).as("requests sent with an expired token")
          .hasValue(0);
      assertThat(mints.get()).as("mints over 160 s of one-minute tokens").isBetween(4, 5);
    }
  }
}
