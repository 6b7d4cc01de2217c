package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@OmneoIdSandboxTest
class FaultsTest {
  final OmneoIdSandbox sandbox;
  final Http me;

  FaultsTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
    this.me = Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
  }

  @AfterEach
  void clear() {
    sandbox.faults().clear();
  }

  @Test
  void fixedStatusForNRequestsWithRetryAfter() {
    Faults.Handle h = sandbox.faults().add(Fault.on("GET", "/profiles/me").status(503).retryAfter("2").times(2));
    for (int i = 0; i < 2; i++) {
      Http.Resp r = me.get("/profiles/me");
      assertThat(r.status).isEqualTo(503);
      assertThat(r.headers.get("Retry-After")).isEqualTo("2");
      assertThat(r.str("message")).isEqualTo("Injected fault: HTTP 503");
    }
    assertThat(me.get("/profiles/me").status).isEqualTo(200);
    assertThat(h.fired()).isEqualTo(2);
  }

  @Test
  void matchesMethodAndPathGlob() {
    sandbox.faults().add(Fault.on("PUT", "/profiles/me/**").status(500).message("boom"));
    assertThat(me.get("/profiles/me/attributes/comms").status).isEqualTo(200);
    Http.Resp r = me.put("/profiles/me/attributes/comms", map("sms_promo", true));
    assertThat(r.status).isEqualTo(500);
    assertThat(r.json()).isEqualTo(map("message", "boom"));
    assertThat(me.put("/profiles/me", map("first_name", "x")).status).as("/** matches the bare prefix")
        .isEqualTo(500);
    sandbox.faults().clear();
    sandbox.faults().add(Fault.on("*", "/id/api/v1/profiles/me/lists/*/items").status(429).retryAfter("1"));
    me.post("/profiles/me/lists", map("name", "W"));
    assertThat(me.get("/profiles/me/lists/w/items").status).isEqualTo(429);
    assertThat(me.get("/profiles/me/lists/w").status).isEqualTo(200);
    assertThat(me.get("/profiles/me/lists/w/items/1").status).isEqualTo(404);
  }

  @Test
  void faultsApplyBeforeAuthentication() {
    sandbox.faults().add(Fault.on("POST", "/auth/token").status(502).times(1));
    Http.Resp r = Http.of(sandbox).post("/auth/token", map());
    assertThat(r.status).isEqualTo(502);
    assertThat(Http.of(sandbox).post("/auth/token", map()).status).isEqualTo(401);
  }

  @Test
  void latencyDelaysThenPassesThrough() {
    sandbox.faults().add(Fault.on("GET", "/profiles/me/balances").latency(Duration.ofMillis(60)));
    long start = System.nanoTime();
    Http.Resp r = me.get("/profiles/me/balances");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status).isEqualTo(200);
    assertThat(ms).isGreaterThanOrEqualTo(60);
  }

  @Test
  void dropConnectionClosesTheSocketWithoutAResponse() {
    sandbox.faults().add(Fault.on("GET", "/profiles/me").dropConnection().times(1));
    assertThatThrownBy(() -> me.get("/profiles/me")).isInstanceOf(UncheckedIOException.class);
    assertThat(me.get("/profiles/me").status).isEqualTo(200);
  }

  @Test
  void failureRateIsDeterministicForASeed() {
    List<Integer> first = statuses(0.5, 42L);
    List<Integer> second = statuses(0.5, 42L);
    assertThat(first).isEqualTo(second);
    Random expected = new Random(42L);
    for (int status : first) {
      assertThat(status).isEqualTo(expected.nextDouble() < 0.5 ? 500 : 200);
    }
    assertThat(first).contains(500, 200);
    assertThat(statuses(0.0, 1L)).containsOnly(200);
    assertThat(statuses(1.0, 1L)).containsOnly(500);
  }

  private List<Integer> statuses(double rate, long seed) {
    sandbox.faults().clear();
    sandbox.faults().add(Fault.on("GET", "/locations").status(500).failureRate(rate, seed));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(me.get("/locations").status);
    }
    return out;
  }

  @Test
  void firstMatchingFaultWinsAndHandlesRemove() {
    Faults.Handle a = sandbox.faults().add(Fault.on("GET", "/locations").status(503).times(1));
    sandbox.faults().add(Fault.on("GET", "/locations").status(504));
    assertThat(me.get("/locations").status).isEqualTo(503);
    assertThat(me.get("/locations").status).isEqualTo(504);
    assertThat(sandbox.faults().list()).hasSize(2);
    a.remove();
    assertThat(sandbox.faults().list()).hasSize(1);
    sandbox.faults().clear();
    assertThat(me.get("/locations").status).isEqualTo(200);
  }

  @Test
  void invalidFaultsAreRejected() {
    assertThatThrownBy(() -> Fault.on("GET", "/x").status(42)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.on("GET", "/x").times(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.on("GET", "/x").failureRate(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void expireAllTokensIsPartOfTheFaultKit() {
    String token = sandbox.mintToken((String) sandbox.seedProfile().get("id"));
    assertThat(me.as(token).get("/profiles/me").status).isEqualTo(200);
    sandbox.expireAllTokens();
    assertThat(me.as(token).get("/profiles/me").status).isEqualTo(401);
  }
}
