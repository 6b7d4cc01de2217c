package io.github.omneoid.spring.boot.autoconfigure;

import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.OmneoIdListener;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The clients as beans: an {@link OmneoIdAdmin} when {@code omneo.id.api-token} is set, and {@link OmneoIdProfiles}
 * for customer clients per profile. Every {@link OmneoIdListener} bean hears both (the Micrometer one of
 * {@link OmneoIdMetricsAutoConfiguration} among them); every {@link OmneoIdClientCustomizer} bean changes both.
 * An application's own {@code OmneoIdAdmin} or {@code OmneoIdProfiles} bean replaces the one made here.
 */
@AutoConfiguration(after = OmneoIdMetricsAutoConfiguration.class)
@EnableConfigurationProperties(OmneoIdProperties.class)
public class OmneoIdAutoConfiguration {

  /** Used by Spring. */
  public OmneoIdAutoConfiguration() {
  }

  /**
   * The settings every client gets: the properties, the listeners, the customizers, one shared OkHttpClient
   * (closed with the context, after the clients).
   *
   * @param properties the {@code omneo.id.*} properties
   * @param listeners every {@link OmneoIdListener} bean
   * @param customizers every {@link OmneoIdClientCustomizer} bean
   * @return the settings
   */
  @Bean
  ClientSettings omneoIdClientSettings(OmneoIdProperties properties, ObjectProvider<OmneoIdListener> listeners,
      ObjectProvider<OmneoIdClientCustomizer> customizers) {
    return new ClientSettings(properties, Listeners.of(listeners.orderedStream().collect(Collectors.toList())),
        customizers.orderedStream().collect(Collectors.toList()));
  }

  /**
   * The admin client, which mints ID tokens with the admin API token. Spring calls its {@code close()} when the
   * context closes.
   *
   * @param settings the shared settings
   * @return the admin client
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "omneo.id", name = "api-token")
  OmneoIdAdmin omneoIdAdmin(ClientSettings settings) {
    OmneoIdAdmin.Builder admin = settings.apiToken(settings.apply(OmneoIdAdmin.builder()));
    return settings.build(admin::build);
  }

  /**
   * Customer clients per profile, their tokens minted by the admin client.
   *
   * @param admin the admin client
   * @param settings the shared settings
   * @return the per-profile factory
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(OmneoIdAdmin.class)
  OmneoIdProfiles omneoIdProfiles(OmneoIdAdmin admin, ClientSettings settings) {
    return new OmneoIdProfiles(admin, settings);
  }
}
