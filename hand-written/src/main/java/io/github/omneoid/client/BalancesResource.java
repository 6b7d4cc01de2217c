package io.github.omneoid.client;

import io.github.omneoid.api.BalancesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Balances;

/**
 * The profile's reward, point and credit balances: {@code /profiles/me/balances}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class BalancesResource extends Resource {

  BalancesResource(Transport transport) {
    super(transport);
  }

  /**
   * {@code GET /profiles/me/balances}.
   *
   * @return the balances, amounts as {@link java.math.BigDecimal} digit for digit as sent
   */
  public Balances get() {
    return data(api(BalancesApi.class).getMyBalances());
  }
}
