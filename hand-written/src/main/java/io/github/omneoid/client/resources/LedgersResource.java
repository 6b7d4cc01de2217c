package io.github.omneoid.client.resources;

import io.github.omneoid.api.LedgersApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Ledger;
import io.github.omneoid.model.LedgerPage;

/** {@code /profiles/me/ledgers}: transaction and order ledger entries. */
public final class LedgersResource extends Resource {

  LedgersResource(Transport transport) {
    super(transport);
  }

  public Page<Ledger> list(Query query) {
    return page(query, api(LedgersApi.class)::listMyLedgers, LedgerPage.class);
  }

  public Ledger get(long id) {
    return data(api(LedgersApi.class).getMyLedger(id));
  }
}
