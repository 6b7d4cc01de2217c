package io.github.omneoid.client.resources;

import io.github.omneoid.api.BalancesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Balances;

/** {@code /profiles/me/balances}: rewards, points, benefits and the combined dollars available. */
public final class BalancesResource extends Resource {

  BalancesResource(Transport transport) {
    super(transport);
  }

  public Balances get() {
    return data(api(BalancesApi.class).getMyBalances());
  }
}
