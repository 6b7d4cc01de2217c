package io.github.omneoid.client;

import io.github.omneoid.api.BalancesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Balances;

/** The profile's reward, point and credit balances: {@code /profiles/me/balances}. */
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
