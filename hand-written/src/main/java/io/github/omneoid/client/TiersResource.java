package io.github.omneoid.client;

import io.github.omneoid.api.TiersApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.TierAssignInput;
import io.github.omneoid.model.TierProgress;

/**
 * The profile's tier progress: {@code /profiles/me/tiers}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class TiersResource extends Resource {

  private final TiersApi api;

  TiersResource(Transport transport) {
    super(transport);
    this.api = transport.api(TiersApi.class);
  }

  /**
   * {@code GET /profiles/me/tiers} (the JS SDK's {@code tiers.list}; the API answers one progress object).
   *
   * @return the current tier, the next one and the progress towards it
   */
  public TierProgress list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/tiers} with a query, e.g. {@code Query.of().include("definition")}.
   *
   * @param query the query keys, sent as given
   * @return the tier progress
   */
  public TierProgress list(Query query) {
    return data(api.getMyTierProgress(required(query).toMap()));
  }

  /**
   * {@code GET /profiles/me/tiers/calculate}: recomputes the progress first. A GET that changes state: like any GET
   * it may be sent again by the retry policy.
   *
   * @return the recomputed tier progress
   */
  public TierProgress calculate() {
    return data(api.calculateMyTierProgress());
  }

  /**
   * {@code POST /profiles/me/tiers/assign}: puts the profile in a tier. A customer's own ID token may do this, so
   * keep it behind your backend's rules.
   *
   * @param tierHandle the tier definition's handle, e.g. {@code "gold"}
   * @return the tier progress after the assignment
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the tier
   */
  public TierProgress assign(String tierHandle) {
    return data(api.assignMyTier(new TierAssignInput().tier(segment(tierHandle, "tierHandle"))));
  }
}
