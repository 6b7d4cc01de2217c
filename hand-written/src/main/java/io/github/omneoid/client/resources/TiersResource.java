package io.github.omneoid.client.resources;

import io.github.omneoid.api.TiersApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.TierAssignInput;
import io.github.omneoid.model.TierProgress;

/** {@code /profiles/me/tiers}: the profile's tier progress (one object, not a list). */
public final class TiersResource extends Resource {

  TiersResource(Transport transport) {
    super(transport);
  }

  public TierProgress get() {
    return data(api(TiersApi.class).getMyTierProgress(Query.of().toMap()));
  }

  /** {@code GET .../calculate}: recomputes first. */
  public TierProgress calculate() {
    return data(api(TiersApi.class).calculateMyTierProgress());
  }

  /**
   * {@code POST .../assign} with a tier definition's handle. Note that a customer token can do this (facts §2.7).
   */
  public TierProgress assign(String tierHandle) {
    return data(api(TiersApi.class).assignMyTier(new TierAssignInput().tier(segment(tierHandle, "tierHandle"))));
  }
}
