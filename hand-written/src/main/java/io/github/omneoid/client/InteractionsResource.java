package io.github.omneoid.client;

import io.github.omneoid.api.InteractionsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Interaction;
import io.github.omneoid.model.InteractionPage;

/**
 * The profile's interactions (visits, views, feedback…): {@code /profiles/me/interactions} — {@link #list()},
 * {@link #get(long)}, {@link #delete(long)}.
 */
public final class InteractionsResource extends PagedResource<Interaction, InteractionPage> {

  private final InteractionsApi api;

  InteractionsResource(Transport transport) {
    this(transport, transport.api(InteractionsApi.class));
  }

  private InteractionsResource(Transport transport, InteractionsApi api) {
    super(transport, api::listMyInteractions, api::getMyInteraction, InteractionPage.class);
    this.api = api;
  }

  /**
   * {@code DELETE /profiles/me/interactions/{interactionId}}.
   *
   * @param interactionId the interaction's id
   */
  public void delete(long interactionId) {
    send(api.deleteMyInteraction(interactionId));
  }
}
