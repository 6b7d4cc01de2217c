package io.github.omneoid.client.resources;

import io.github.omneoid.api.RedemptionsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Redemption;
import io.github.omneoid.model.RedemptionPage;

/** {@code /profiles/me/redemptions}: seed 000 lists it; typed after the SDK's {@code Redemption} (facts §3.19). */
public final class RedemptionsResource extends Resource {

  RedemptionsResource(Transport transport) {
    super(transport);
  }

  public Page<Redemption> list(Query query) {
    return page(query, api(RedemptionsApi.class)::listMyRedemptions, RedemptionPage.class);
  }

  public Redemption get(String id) {
    return data(api(RedemptionsApi.class).getMyRedemption(segment(id, "id")));
  }
}
