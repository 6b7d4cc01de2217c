package io.github.omneoid.client;

import io.github.omneoid.api.TransactionClaimsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.TransactionClaim;
import io.github.omneoid.model.TransactionClaimPage;

/**
 * Claims for transactions not yet linked to the profile: {@code GET /profiles/me/transactions/claims}
 * ({@link #list()}, {@link #list(Query)}), {@code GET /profiles/me/transactions/claims/{claimId}} ({@link #get(long)})
 * and {@link #delete(long)}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
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
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no claim with that id
   */
  public void delete(long claimId) {
    send(api.deleteMyTransactionClaim(claimId));
  }
}
