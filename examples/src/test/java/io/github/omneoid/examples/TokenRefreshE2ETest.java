package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Ticker;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.sandbox.MutableClock;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token lifecycle end to end: a refresh across an expiry, on a clock the client and the sandbox share, and the
 * 401 path, when the server drops every token.
 */
class TokenRefreshE2ETest {

  private static final Duration LIFETIME = Duration.ofSeconds(60);

  private MutableClock clock;
  private OmneoIdSandbox sandbox;
  private String profileId;
  private Demo.CountingTokenSource source;
  private Wire wire;
  private OmneoId client;

  @BeforeEach
  void start() {
    clock = MutableClock.startingNow();
    sandbox = OmneoIdSandbox.builder().clock(clock).tokenLifetime(LIFETIME).start();
    profileId = E2e.seed(sandbox, E2e.person("Tick", "Tock"));
    source = new Demo.CountingTokenSource(E2e.admin(sandbox).tokenSource(AuthTokenRequest.forProfile(profileId)));
    wire = new Wire();
    client = E2e.customerBuilder(sandbox).clock(clock).ticker(Ticker.following(clock)).okHttpClient(wire.client())
        .tokenSource(source).build();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> tokensSent() {
    return wire.sent().stream().map(s -> s.authorization).collect(Collectors.toList());
  }

  @Test
  void aCallAfterTheLifetimeUsesANewTokenFromTheSource() {
    assertThat(client.profile().get().getFirstName()).isEqualTo("Tick");
    IdToken first = client.auth().token().orElseThrow();
    assertThat(source.mints()).isEqualTo(1);
    assertThat(first.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME));

    clock.advance(LIFETIME.plusSeconds(1));
    assertThat(client.auth().isTokenExpired()).isTrue();
    assertThat(client.profile().get().getLastName()).isEqualTo("Tock");

    IdToken second = client.auth().token().orElseThrow();
    assertThat(source.mints()).isEqualTo(2);
    assertThat(second).isNotEqualTo(first);
    assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME));
    assertThat(tokensSent()).containsExactly("Bearer " + first.value(), "Bearer " + second.value());
    assertThat(wire.sent()).extracting(s -> s.status).containsExactly(200, 200);

    // The old token really is dead on the server: sent without a source, it gets 401.
    OmneoId stale = E2e.customerBuilder(sandbox).clock(clock).idToken(first).build();
    assertThatThrownBy(() -> stale.profile().get()).isInstanceOfSatisfying(UnauthorizedException.class,
        e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void aTokenStillFreshIsReusedWithoutMinting() {
    client.profile().get();
    clock.advance(Duration.ofSeconds(30));
    client.profile().balances().get();
    client.profile().get();

    assertThat(source.mints()).isEqualTo(1);
    assertThat(tokensSent()).hasSize(3).containsOnly("Bearer " + client.auth().token().orElseThrow().value());
  }

  @Test
  void after401TheClientMintsOnceAndSendsTheRequestOnceMore() {
    assertThat(client.profile().get().getFirstName()).isEqualTo("Tick");
    IdToken first = client.auth().token().orElseThrow();
    wire.clear();

    sandbox.expireAllTokens();
    assertThat(client.profile().get().getFirstName()).isEqualTo("Tick");

    assertThat(source.mints()).isEqualTo(2);
    IdToken second = client.auth().token().orElseThrow();
    assertThat(second).isNotEqualTo(first);
    assertThat(wire.sent()).extracting(s -> s.status).containsExactly(401, 200);
    assertThat(tokensSent()).containsExactly("Bearer " + first.value(), "Bearer " + second.value());
  }
}
