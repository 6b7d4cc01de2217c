package io.github.omneoid.client;

import io.github.omneoid.api.RewardsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Reward;
import io.github.omneoid.model.RewardPage;

/**
 * Rewards (dollar values) issued to the profile: {@code GET /profiles/me/rewards} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/rewards/{id}} ({@link #get(long)}). Read-only on the ID API.
 */
public final class RewardsResource extends PagedResource<Reward, RewardPage> {

  RewardsResource(Transport transport) {
    this(transport, transport.api(RewardsApi.class));
  }

  private RewardsResource(Transport transport, RewardsApi api) {
    super(transport, api::listMyRewards, api::getMyReward, RewardPage.class);
  }
}
