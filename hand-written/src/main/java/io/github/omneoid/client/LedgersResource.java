package io.github.omneoid.client;

import io.github.omneoid.api.LedgersApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Ledger;
import io.github.omneoid.model.LedgerPage;

/**
 * The profile's balance ledger entries: {@code GET /profiles/me/ledgers} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/ledgers/{id}} ({@link #get(long)}). Read-only on the ID API.
 */
public final class LedgersResource extends PagedResource<Ledger, LedgerPage> {

  LedgersResource(Transport transport) {
    this(transport, transport.api(LedgersApi.class));
  }

  private LedgersResource(Transport transport, LedgersApi api) {
    super(transport, api::listMyLedgers, api::getMyLedger, LedgerPage.class);
  }
}
