package io.github.omneoid.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.client.OmneoIdAdmin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A value the client builders refuse stops the start, naming the property; the token is never in the message. */
class OmneoIdPropertiesFailureTest {

  private static final String TOKEN = "admin-token-that-must-not-leak";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "omneo.id.tenant=Not A Label                      | omneo.id.tenant",
      "omneo.id.base-url=ftp://example.com              | omneo.id.base-url",
      "omneo.id.base-url=https://user:pw@example.com    | omneo.id.base-url",
      "omneo.id.base-url=http://api.example.com         | omneo.id.base-url",
      "omneo.id.connect-timeout=-1s                     | omneo.id.connect-timeout",
      "omneo.id.read-timeout=-1s                        | omneo.id.read-timeout",
      "omneo.id.write-timeout=-1s                       | omneo.id.write-timeout",
      "omneo.id.call-timeout=-1s                        | omneo.id.call-timeout",
      "omneo.id.max-response-size=0B                    | omneo.id.max-response-size",
      "omneo.id.max-concurrent-async=0                  | omneo.id.max-concurrent-async",
      "omneo.id.retry.max-retries=-1                    | omneo.id.retry.max-retries",
      "omneo.id.retry.initial-backoff=-1s               | omneo.id.retry.initial-backoff",
      "omneo.id.retry.max-backoff=100ms                 | omneo.id.retry.max-backoff",
      "omneo.id.retry.jitter=1.5                        | omneo.id.retry.jitter",
      "omneo.id.retry.max-retry-after=-1s               | omneo.id.retry.max-retry-after",
  })
  void aRefusedValueNamesItsProperty(String setting, String property) {
    String where = setting.startsWith("omneo.id.tenant") || setting.startsWith("omneo.id.base-url")
        ? setting : "omneo.id.tenant=acme";
    runner().withPropertyValues(where, setting, "omneo.id.api-token=" + TOKEN).run(context -> {
      assertThat(context).hasFailed();
      InvalidConfigurationPropertyValueException failure = find(context.getStartupFailure());
      assertThat(failure.getName()).isEqualTo(property);
      assertThat(messages(context.getStartupFailure())).doesNotContain(TOKEN);
      assertThat(String.valueOf(failure.getValue())).doesNotContain("pw@");
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "omneo.id.api-token=" + TOKEN + "                             | omneo.id.tenant",
      "omneo.id.tenant=acme, omneo.id.base-url=https://example.com   | omneo.id.base-url",
  })
  void whereTheApiIsMustBeSaidOnce(String settings, String property) {
    runner().withPropertyValues(settings.split(",\\s*")).withPropertyValues("omneo.id.api-token=" + TOKEN)
        .run(context -> {
          assertThat(find(context.getStartupFailure()).getName()).isEqualTo(property);
          assertThat(messages(context.getStartupFailure())).doesNotContain(TOKEN);
        });
  }

  @org.junit.jupiter.api.Test
  void aBlankTokenNamesThePropertyAndNoValue() {
    runner().withPropertyValues("omneo.id.tenant=acme", "omneo.id.api-token= ").run(context -> {
      InvalidConfigurationPropertyValueException failure = find(context.getStartupFailure());
      assertThat(failure.getName()).isEqualTo("omneo.id.api-token");
      assertThat(failure.getValue()).isEqualTo("******");
    });
  }

  @org.junit.jupiter.api.Test
  void aCustomizersMistakeIsNotBlamedOnAProperty() {
    runner().withPropertyValues("omneo.id.tenant=acme", "omneo.id.api-token=" + TOKEN)
        .withBean(OmneoIdClientCustomizer.class, () -> builder -> builder.connectTimeout(Duration.ofSeconds(-1)))
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(IllegalArgumentException.class)
              .hasStackTraceContaining("connectTimeout");
          assertThat(messages(context.getStartupFailure())).doesNotContain("omneo.id.", TOKEN);
        });
  }

  @org.junit.jupiter.api.Test
  void theDefaultsStart() {
    runner().withPropertyValues("omneo.id.tenant=acme", "omneo.id.api-token=" + TOKEN).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(OmneoIdAdmin.class);
      assertThat(context.getBean(OmneoIdAdmin.class).toString()).doesNotContain(TOKEN);
      assertThat(context.getBean(OmneoIdProperties.class).toString()).doesNotContain(TOKEN);
    });
  }

  private static ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OmneoIdAutoConfiguration.class));
  }

  private static InvalidConfigurationPropertyValueException find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidConfigurationPropertyValueException) {
        return (InvalidConfigurationPropertyValueException) t;
      }
    }
    throw new AssertionError("no InvalidConfigurationPropertyValueException in", failure);
  }

  private static String messages(Throwable failure) {
    List<String> all = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.add(String.valueOf(t));
    }
    return String.join("\n", all);
  }
}
