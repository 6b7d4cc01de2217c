package io.github.omneoid.client;

import io.github.omneoid.api.RewardsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Reward;
import io.github.omneoid.model.RewardPage;

/**
 * Rewards (dollar values) issued to the profile: {@code GET /profiles/me/rewards} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/rewards/{id}} ({@link #get(long)}). Read-only on the ID API.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class RewardsResource extends PagedResource<Reward, RewardPage> {

  RewardsResource(Transport transport) {
    this(transport, transport.api(RewardsApi.class));
  }

  private RewardsResource(Transport transport, RewardsApi api) {
    super(transport, api::listMyRewards, api::getMyReward, RewardPage.class);
  }
}
