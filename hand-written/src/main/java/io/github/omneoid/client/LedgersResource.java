package io.github.omneoid.client;

import io.github.omneoid.api.LedgersApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Ledger;
import io.github.omneoid.model.LedgerPage;

/**
 * The profile's balance ledger entries: {@code GET /profiles/me/ledgers} ({@link #list()}, {@link #list(Query)}) and
 * {@code GET /profiles/me/ledgers/{id}} ({@link #get(long)}). Read-only on the ID API.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class LedgersResource extends PagedResource<Ledger, LedgerPage> {

  LedgersResource(Transport transport) {
    this(transport, transport.api(LedgersApi.class));
  }

  private LedgersResource(Transport transport, LedgersApi api) {
    super(transport, api::listMyLedgers, api::getMyLedger, LedgerPage.class);
  }
}
