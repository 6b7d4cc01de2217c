package io.github.omneoid.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.OmneoIdListener;
import io.github.omneoid.client.Sleeper;
import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.model.Profile;
import io.github.omneoid.sandbox.Fault;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import io.github.omneoid.sandbox.ProfileSeed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration against the embedded sandbox: which beans appear, and that they call the API. */
@OmneoIdSandboxTest
class OmneoIdAutoConfigurationTest {

  private static OmneoIdSandbox sandbox;
  private String profileId;

  @BeforeAll
  static void sandbox(OmneoIdSandbox started) {
    sandbox = started;
  }

  @BeforeEach
  void seed() {
    sandbox.reset();
    profileId = (String) sandbox.seedProfile(ProfileSeed.withEmail("jane@example.com").firstName("Jane")).get("id");
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(OmneoIdMetricsAutoConfiguration.class, OmneoIdAutoConfiguration.class));
  }

  private ApplicationContextRunner onSandbox() {
    return runner().withPropertyValues("omneo.id.base-url=" + sandbox.baseUrl(),
        "omneo.id.api-token=" + sandbox.adminToken());
  }

  @Test
  void withoutAnApiTokenThereIsNoClient() {
    runner().withPropertyValues("omneo.id.tenant=acme").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(OmneoIdAdmin.class).doesNotHaveBean(OmneoIdProfiles.class);
    });
  }

  @Test
  void theProfilesBeanGivesACustomerClientWhoseTokensTheAdminBeanMints() {
    onSandbox().run(context -> {
      assertThat(context).hasSingleBean(OmneoIdAdmin.class).hasSingleBean(OmneoIdProfiles.class);
      OmneoId jane = context.getBean(OmneoIdProfiles.class).forProfile(profileId);
      Profile profile = jane.profile().get();
      assertThat(profile.getId()).isEqualTo(profileId);
      assertThat(profile.getFirstName()).isEqualTo("Jane");
    });
  }

  @Test
  void aBlankProfileIdIsRefusedBeforeAnyCall() {
    onSandbox().run(context -> assertThatThrownBy(() -> context.getBean(OmneoIdProfiles.class).forProfile(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("profileId"));
  }

  @Test
  void theSizeAndRetryPropertiesReachTheClients() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper recording = waits::add;
    onSandbox().withPropertyValues("omneo.id.retry.max-retries=3", "omneo.id.retry.initial-backoff=2s",
            "omneo.id.retry.max-backoff=2s", "omneo.id.retry.jitter=0")
        .withBean(OmneoIdClientCustomizer.class, () -> builder -> builder.sleeper(recording))
        .run(context -> {
          OmneoId jane = context.getBean(OmneoIdProfiles.class).forProfile(profileId);
          sandbox.faults().add(Fault.on("GET", "/profiles/me").status(503));
          assertThatThrownBy(() -> jane.profile().get()).isInstanceOf(ServerException.class);
          assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        });
    onSandbox().withPropertyValues("omneo.id.max-response-size=16B").run(context -> {
      OmneoId jane = context.getBean(OmneoIdProfiles.class).forProfile(profileId);
      assertThatThrownBy(() -> jane.profile().get()).isInstanceOf(InvalidResponseException.class);
    });
  }

  @Test
  void everyListenerBeanHearsTheCalls() {
    List<String> heard = new CopyOnWriteArrayList<>();
    OmneoIdListener first = new OmneoIdListener() {
      @Override
      public void callFinished(ApiCall call, int status, Duration took) {
        heard.add("first " + call.operation() + " " + status);
        throw new IllegalStateException("a broken listener must not silence the next one");
      }
    };
    OmneoIdListener second = new OmneoIdListener() {
      @Override
      public void callFinished(ApiCall call, int status, Duration took) {
        heard.add("second " + call.operation() + " " + status);
      }
    };
    onSandbox().withBean("first", OmneoIdListener.class, () -> first)
        .withBean("second", OmneoIdListener.class, () -> second)
        .run(context -> {
          context.getBean(OmneoIdProfiles.class).forProfile(profileId).profile().get();
          assertThat(heard).containsExactlyInAnyOrder("first requestAuthToken 200", "second requestAuthToken 200",
              "first getMyProfile 200", "second getMyProfile 200");
        });
  }

  @Test
  void closingTheContextClosesTheAdminClientAndTheSharedConnections() {
    OmneoIdAdmin[] admin = new OmneoIdAdmin[1];
    OmneoId[] jane = new OmneoId[1];
    okhttp3.OkHttpClient[] http = new okhttp3.OkHttpClient[1];
    onSandbox().run(context -> {
      http[0] = context.getBean(ClientSettings.class).httpClient();
      admin[0] = context.getBean(OmneoIdAdmin.class);
      jane[0] = context.getBean(OmneoIdProfiles.class).forProfile(profileId);
      jane[0].profile().get();
      admin[0].auth().requestAuthToken(AuthTokenRequest.forProfile(profileId));
      assertThat(http[0].connectionPool().connectionCount()).isPositive();
    });
    assertThat(http[0].connectionPool().connectionCount()).isZero();
    assertThat(http[0].dispatcher().executorService().isShutdown()).isTrue();
    assertThatThrownBy(() -> admin[0].auth().requestAuthToken(AuthTokenRequest.forProfile(profileId)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    // Its owner did not close the customer client, but it can mint no new token once the admin client is closed.
    jane[0].reset();
    assertThatThrownBy(() -> jane[0].profile().get()).hasStackTraceContaining("closed");
  }

  @Test
  void anApplicationsOwnAdminBeanWins() {
    OmneoIdAdmin own = OmneoIdAdmin.builder().baseUrl(sandbox.baseUrl()).apiToken("own-token").build();
    onSandbox().withBean(OmneoIdAdmin.class, () -> own).run(context -> {
      assertThat(context).getBean(OmneoIdAdmin.class).isSameAs(own);
      assertThat(context).hasSingleBean(OmneoIdProfiles.class);
    });
  }
}
