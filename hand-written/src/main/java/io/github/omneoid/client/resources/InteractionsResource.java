package io.github.omneoid.client.resources;

import io.github.omneoid.api.InteractionsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Interaction;
import io.github.omneoid.model.InteractionPage;

/** {@code /profiles/me/interactions}: read and delete (create and update do not exist, facts §2.12). */
public final class InteractionsResource extends Resource {

  InteractionsResource(Transport transport) {
    super(transport);
  }

  public Page<Interaction> list(Query query) {
    return page(query, api(InteractionsApi.class)::listMyInteractions, InteractionPage.class);
  }

  public Interaction get(long id) {
    return data(api(InteractionsApi.class).getMyInteraction(id));
  }

  public void delete(long id) {
    send(api(InteractionsApi.class).deleteMyInteraction(id));
  }
}
