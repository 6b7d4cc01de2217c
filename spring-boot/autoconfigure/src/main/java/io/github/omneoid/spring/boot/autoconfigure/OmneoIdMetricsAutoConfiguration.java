package io.github.omneoid.spring.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for every client the auto-configuration builds ({@link MicrometerOmneoIdListener}), when
 * Micrometer is on the classpath and the application has a {@link MeterRegistry} (Boot's actuator makes one).
 * Runs after the actuator's registry configuration, whose class moved in Boot 4: both names are given.
 */
@AutoConfiguration(afterName = {
    // Boot 3.x
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    // Boot 4.x
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"})
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(MeterRegistry.class)
public class OmneoIdMetricsAutoConfiguration {

  /** Used by Spring. */
  public OmneoIdMetricsAutoConfiguration() {
  }

  /**
   * The listener that records the clients' calls, retries, token refreshes and schema drift.
   *
   * @param registry the application's registry
   * @return the listener, which every client of the auto-configuration gets
   */
  @Bean
  MicrometerOmneoIdListener micrometerOmneoIdListener(MeterRegistry registry) {
    return new MicrometerOmneoIdListener(registry);
  }
}
