package io.github.omneoid.client.resources;

import io.github.omneoid.api.TransactionClaimsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.TransactionClaim;
import io.github.omneoid.model.TransactionClaimPage;

/** {@code /profiles/me/transactions/claims} — the path is {@code /transactions/claims}, not {@code /transaction-claims}. */
public final class TransactionClaimsResource extends Resource {

  TransactionClaimsResource(Transport transport) {
    super(transport);
  }

  public Page<TransactionClaim> list(Query query) {
    return page(query, api(TransactionClaimsApi.class)::listMyTransactionClaims, TransactionClaimPage.class);
  }

  public TransactionClaim get(long id) {
    return data(api(TransactionClaimsApi.class).getMyTransactionClaim(id));
  }

  public void delete(long id) {
    send(api(TransactionClaimsApi.class).deleteMyTransactionClaim(id));
  }
}
