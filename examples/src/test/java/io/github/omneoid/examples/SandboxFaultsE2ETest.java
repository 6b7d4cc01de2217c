package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.client.errors.CallTimeoutException;
import io.github.omneoid.client.errors.NetworkException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.sandbox.Fault;
import io.github.omneoid.sandbox.Faults;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 7's fault matrix, the sandbox half: injected statuses, drops and latency against the real client. */
class SandboxFaultsE2ETest {

  private OmneoIdSandbox sandbox;
  private String profileId;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    sandbox = OmneoIdSandbox.start();
    profileId = String.valueOf(sandbox.seedProfile(ProfileSeed.withEmail("faults@example.com").firstName("Fay")
        .reward(50)).get("id"));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private OmneoId.Builder client() {
    return OmneoId.builder().baseUrl(sandbox.baseUrl()).idToken(sandbox.mintToken(profileId))
        .retryPolicy(RetryPolicy.builder().jitter(0).build()).sleeper(waits::add);
  }

  @Test
  void twoInjected503sAreRetriedAway() {
    Faults.Handle fault = sandbox.faults().add(Fault.on("GET", "/profiles/me").status(503).times(2));

    assertThat(client().build().profile().get().getFirstName()).isEqualTo("Fay");
    assertThat(fault.fired()).isEqualTo(2);
    assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aRetryAfterFromTheServerIsHonoured() {
    sandbox.faults().add(Fault.on("GET", "/profiles/me/balances").status(429).retryAfter("2").times(1));

    assertThat(client().build().profile().balances().get().getRewardBalance()).isEqualByComparingTo("50");
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aDroppedConnectionIsRetriedForAGet() {
    Faults.Handle fault = sandbox.faults().add(Fault.on("GET", "/profiles/me").dropConnection().times(1));

    assertThat(client().build().profile().get().getFirstName()).isEqualTo("Fay");
    assertThat(fault.fired()).isEqualTo(1);
  }

  @Test
  void aDroppedRedeemIsNeitherReplayedNorHalfApplied() {
    Faults.Handle fault = sandbox.faults().add(Fault.on("POST", "/profiles/me/redeem").dropConnection().times(1));
    OmneoId id = client().build();

    Throwable thrown = catchThrowable(() -> id.profile().redeem(new BigDecimal("20")));

    assertThat(thrown).isInstanceOf(NetworkException.class);
    assertThat(fault.fired()).as("sent once, not replayed").isEqualTo(1);
    assertThat(id.profile().balances().get().getRewardBalance()).as("the fault acted before anything was spent")
        .isEqualByComparingTo("50");
  }

  @Test
  void an500OnAPostIsReportedOnce() {
    Faults.Handle fault = sandbox.faults().add(Fault.on("POST", "/profiles/me/redeem").status(500));

    Throwable thrown = catchThrowable(() -> client().build().profile().redeem(BigDecimal.ONE));

    assertThat(thrown).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.serverMessage()).contains("Injected fault: HTTP 500"));
    assertThat(fault.fired()).isEqualTo(1);
  }

  @Test
  void latencyBeyondTheCallTimeoutIsATimeoutNotAHang() {
    sandbox.faults().add(Fault.on("GET", "/profiles/me").latency(Duration.ofSeconds(3)));
    OmneoId id = client().callTimeout(Duration.ofMillis(400)).readTimeout(Duration.ofSeconds(10)).build();

    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> id.profile().get());

    assertThat(thrown).isInstanceOf(CallTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }
}
