package io.github.omneoid.spring.boot.autoconfigure;

import io.github.omneoid.client.ClientBuilder;

/**
 * Changes what the {@code omneo.id.*} properties cannot express on every client the auto-configuration builds (the
 * {@code OmneoIdAdmin} bean and each client of {@link OmneoIdProfiles}), e.g. an {@code OkHttpClient} of the
 * application's. Declare one or more as beans; they run after the properties are applied, in {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * OmneoIdClientCustomizer sharedHttp(OkHttpClient http) {
 *   return builder -> builder.okHttpClient(http);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface OmneoIdClientCustomizer {

  /**
   * Changes a builder before its client is built.
   *
   * @param builder an {@code OmneoIdAdmin.Builder} or an {@code OmneoId.Builder}, the properties already applied
   */
  void customize(ClientBuilder<?> builder);
}
