package io.github.omneoid.client.resources;

import io.github.omneoid.api.RewardsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Reward;
import io.github.omneoid.model.RewardPage;

/** {@code /profiles/me/rewards}: read-only (writes were removed as non-existent, facts §2.12). */
public final class RewardsResource extends Resource {

  RewardsResource(Transport transport) {
    super(transport);
  }

  public Page<Reward> list(Query query) {
    return page(query, api(RewardsApi.class)::listMyRewards, RewardPage.class);
  }

  public Reward get(long id) {
    return data(api(RewardsApi.class).getMyReward(id));
  }
}
