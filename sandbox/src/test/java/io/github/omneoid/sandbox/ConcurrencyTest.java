package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** 16 threads against one sandbox: no lost updates, no double spending, no duplicate profiles. */
@OmneoIdSandboxTest
class ConcurrencyTest {
  static final int THREADS = 16;
  static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);
  final OmneoIdSandbox sandbox;

  ConcurrencyTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @AfterAll
  static void shutdown() throws InterruptedException {
    POOL.shutdownNow();
    POOL.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** Runs the task on 16 threads released together; returns their results. */
  static <T> List<T> race(java.util.function.IntFunction<T> task) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int n = t;
      Callable<T> c = () -> {
        go.await();
        return task.apply(n);
      };
      futures.add(POOL.submit(c));
    }
    go.countDown();
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get(60, TimeUnit.SECONDS));
    }
    return out;
  }

  @Test
  void concurrentListItemAndAttributeWritesAreAllKept() throws Exception {
    Http me = Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
    me.post("/profiles/me/lists", map("name", "Wishlist"));
    int perThread = 20;
    race(t -> {
      for (int i = 0; i < perThread; i++) {
        assertThat(me.post("/profiles/me/lists/wishlist/items", map("product_variant_id", t * 1000 + i)).status)
            .isEqualTo(200);
        assertThat(me.put("/profiles/me/attributes/custom/t" + t + ":k" + i, map("type", "integer", "value", i))
            .status).isEqualTo(200);
      }
      return null;
    });
    List<Object> items = me.get("/profiles/me/lists/wishlist/items").list("data");
    assertThat(items).hasSize(THREADS * perThread);
    Set<Object> ids = new HashSet<>();
    for (Object o : items) {
      ids.add(((Map<?, ?>) o).get("id"));
    }
    assertThat(ids).hasSize(THREADS * perThread);
    assertThat(me.get("/profiles/me/attributes/custom").list("data")).hasSize(THREADS * perThread);
  }

  @Test
  void concurrentRedeemsNeverOverspend() throws Exception {
    ProfileSeed seed = ProfileSeed.random();
    for (int i = 0; i < 10; i++) {
      seed.reward(10);
    }
    Http me = Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile(seed).get("id")));
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    race(t -> {
      for (int i = 0; i < 10; i++) {
        int s = me.post("/profiles/me/redeem", map("amount", 1)).status;
        (s == 200 ? ok : refused).incrementAndGet();
        assertThat(s).isIn(200, 422);
      }
      return null;
    });
    assertThat(ok.get()).isEqualTo(100);
    assertThat(refused.get()).isEqualTo(60);
    assertThat(me.get("/profiles/me/balances").get("data.reward_balance")).isEqualTo("0.00");
    assertThat(me.get("/profiles/me/redemptions?page[size]=200").list("data")).hasSize(100);
  }

  @Test
  void concurrentUpsertsOfOneEmailCreateOneProfile() throws Exception {
    String email = TestData.email();
    Http anon = Http.of(sandbox).as(sandbox.mintAnonymousToken());
    List<Object> ids = race(t -> anon.post("/profiles", map("email", email, "attributes",
        map("comms", map("sms_promo", t % 2 == 0)))).get("data.id"));
    assertThat(new HashSet<>(ids)).hasSize(1);
    assertThat(sandbox.profiles().stream().filter(p -> email.equals(p.get("email")))).hasSize(1);
  }

  @Test
  void concurrentMintingAndProfileUpdates() throws Exception {
    Map<String, Object> p = sandbox.seedProfile();
    List<Integer> statuses = race(t -> {
      String token = Http.mint(sandbox, map("id", p.get("id")));
      Http me = Http.of(sandbox).as(token);
      int s = me.put("/profiles/me/attributes/appearance", map("size_shoe", String.valueOf(t))).status;
      return s + me.get("/profiles/me").status;
    });
    assertThat(statuses).containsOnly(400);
    Object shoe = Http.of(sandbox).as(sandbox.mintToken((String) p.get("id")))
        .get("/profiles/me/attributes/appearance").get("data.size_shoe");
    assertThat(Integer.parseInt((String) shoe)).isBetween(0, THREADS - 1);
  }
}
