package io.github.omneoid.client;

import io.github.omneoid.api.InteractionsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Interaction;
import io.github.omneoid.model.InteractionPage;

/**
 * The profile's interactions (visits, views, feedback…): {@code GET /profiles/me/interactions} ({@link #list()},
 * {@link #list(Query)}), {@code GET /profiles/me/interactions/{interactionId}} ({@link #get(long)}) and
 * {@link #delete(long)}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
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
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no interaction with that id
   */
  public void delete(long interactionId) {
    send(api.deleteMyInteraction(interactionId));
  }
}
