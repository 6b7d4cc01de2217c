package io.github.omneoid.client;

import io.github.omneoid.api.TransactionClaimsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.TransactionClaim;
import io.github.omneoid.model.TransactionClaimPage;

/**
 * Claims for transactions not yet linked to the profile: {@code /profiles/me/transactions/claims} —
 * {@link #list()}, {@link #get(long)}, {@link #delete(long)}.
 */
public final class TransactionClaimsResource extends PagedResource<TransactionClaim, TransactionClaimPage> {

  private final TransactionClaimsApi api;

  TransactionClaimsResource(Transport transport) {
    this(transport, transport.api(TransactionClaimsApi.class));
  }

  private TransactionClaimsResource(Transport transport, TransactionClaimsApi api) {
    super(transport, api::listMyTransactionClaims, api::getMyTransactionClaim, TransactionClaimPage.class);
    this.api = api;
  }

  /**
   * {@code DELETE /profiles/me/transactions/claims/{claimId}}.
   *
   * @param claimId the claim's id
   */
  public void delete(long claimId) {
    send(api.deleteMyTransactionClaim(claimId));
  }
}
