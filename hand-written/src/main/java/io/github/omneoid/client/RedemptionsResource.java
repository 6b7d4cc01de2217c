package io.github.omneoid.client;

import io.github.omneoid.api.RedemptionsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Redemption;
import io.github.omneoid.model.RedemptionPage;

/**
 * Redemptions the profile made: {@code GET /profiles/me/redemptions} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/redemptions/{id}} ({@link #get(long)}). Read-only on the ID API.
 *
 * <p><b>Inferred routes.</b> Both routes are deduced, not documented: the ID client page
 * (docs.omneo.io/dev-guides/frontend/omneo-id) only names {@code redemptions} as a sub-resource, the official SDK
 * has no such profile resource, and v3 documents {@code /v3/profiles/{profile}/linked/redemptions}, not this path.
 * They follow the proxy rule of "What is Omneo ID?" ({@code /profiles/me/<x>} is served as {@code
 * /profiles/{profile_id}/<x>}); the spec labels them {@code x-omneo-evidence: inferred}. A tenant may answer 404, or
 * a body shaped differently.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class RedemptionsResource extends PagedResource<Redemption, RedemptionPage> {

  RedemptionsResource(Transport transport) {
    this(transport, transport.api(RedemptionsApi.class));
  }

  private RedemptionsResource(Transport transport, RedemptionsApi api) {
    super(transport, api::listMyRedemptions, api::getMyRedemption, RedemptionPage.class);
  }
}
