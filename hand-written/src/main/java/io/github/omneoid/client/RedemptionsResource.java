package io.github.omneoid.client;

import io.github.omneoid.api.RedemptionsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Redemption;
import io.github.omneoid.model.RedemptionPage;

/**
 * Redemptions the profile made: {@code GET /profiles/me/redemptions} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/redemptions/{id}} ({@link #get(long)}). Read-only on the ID API.
 */
public final class RedemptionsResource extends PagedResource<Redemption, RedemptionPage> {

  RedemptionsResource(Transport transport) {
    this(transport, transport.api(RedemptionsApi.class));
  }

  private RedemptionsResource(Transport transport, RedemptionsApi api) {
    super(transport, api::listMyRedemptions, api::getMyRedemption, RedemptionPage.class);
  }
}
