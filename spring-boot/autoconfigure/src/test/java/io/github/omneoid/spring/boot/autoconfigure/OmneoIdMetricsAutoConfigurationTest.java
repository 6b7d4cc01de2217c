package io.github.omneoid.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.sandbox.Fault;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import io.github.omneoid.sandbox.ProfileSeed;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The clients' calls as meters, and never a token, a profile id or a path with ids among their tags. */
@OmneoIdSandboxTest
class OmneoIdMetricsAutoConfigurationTest {

  private static OmneoIdSandbox sandbox;

  @BeforeAll
  static void sandbox(OmneoIdSandbox started) {
    sandbox = started;
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(OmneoIdMetricsAutoConfiguration.class, OmneoIdAutoConfiguration.class))
        .withPropertyValues("omneo.id.base-url=" + sandbox.baseUrl(), "omneo.id.api-token=" + sandbox.adminToken(),
            "omneo.id.retry.initial-backoff=0s", "omneo.id.retry.max-backoff=0s");
  }

  @Test
  void callsRetriesAndRefreshesAreMeteredByOperationAndStatus() {
    String profileId = (String) sandbox.seedProfile(ProfileSeed.withEmail("ann@example.com")).get("id");
    String addressId = "9187";
    runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      OmneoId ann = context.getBean(OmneoIdProfiles.class).forProfile(profileId);
      sandbox.faults().add(Fault.on("GET", "/profiles/me").status(503).times(1));
      ann.profile().get();
      assertThatThrownBy(() -> ann.call("GET", "/profiles/me/addresses/" + addressId))
          .isInstanceOf(NotFoundException.class);

      assertThat(registry.get(MicrometerOmneoIdListener.CALLS)
          .tags("operation", "getMyProfile", "method", "GET", "status", "200", "outcome", "success").timer().count())
          .isEqualTo(1);
      assertThat(registry.get(MicrometerOmneoIdListener.CALLS).tags("operation", "requestAuthToken", "status", "200")
          .timer().count()).isEqualTo(1);
      assertThat(registry.get(MicrometerOmneoIdListener.CALLS).tags("status", "404", "outcome", "client_error")
          .timer().count()).isEqualTo(1);
      assertThat(registry.get(MicrometerOmneoIdListener.RETRIES).tags("operation", "getMyProfile", "reason", "503")
          .counter().count()).isEqualTo(1);
      assertThat(registry.get(MicrometerOmneoIdListener.TOKEN_REFRESHES).tags("outcome", "success").timer().count())
          .isEqualTo(1);

      List<String> tagValues = registry.getMeters().stream().map(Meter::getId)
          .flatMap(id -> id.getTags().stream()).map(Tag::getValue).collect(Collectors.toList());
      assertThat(tagValues).isNotEmpty().noneMatch(v -> v.contains(profileId) || v.contains(addressId)
          || v.contains(sandbox.adminToken()) || v.contains("/") || v.contains("@"));
    });
  }

  @Test
  void withoutAMeterRegistryThereIsNoMetricsListener() {
    runner().run(context -> assertThat(context).hasNotFailed().hasSingleBean(OmneoIdAdmin.class)
        .doesNotHaveBean(MicrometerOmneoIdListener.class));
  }

  @Test
  void withoutMicrometerOnTheClasspathTheClientsStillStart() {
    runner().withClassLoader(new FilteredClassLoader("io.micrometer")).run(context ->
        assertThat(context).hasNotFailed().hasSingleBean(OmneoIdProfiles.class)
            .doesNotHaveBean(MicrometerOmneoIdListener.class));
  }
}
