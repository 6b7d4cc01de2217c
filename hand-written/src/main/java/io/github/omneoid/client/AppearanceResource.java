package io.github.omneoid.client;

import io.github.omneoid.api.AttributesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileAppearance;
import io.github.omneoid.model.ProfileAppearanceInput;

/**
 * The profile's sizes and measurements: {@code /profiles/me/attributes/appearance}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class AppearanceResource extends Resource {

  private final AttributesApi api;

  AppearanceResource(Transport transport) {
    super(transport);
    this.api = transport.api(AttributesApi.class);
  }

  /**
   * {@code GET /profiles/me/attributes/appearance}.
   *
   * @return the appearance attributes
   */
  public ProfileAppearance get() {
    return data(api.getMyAppearanceAttributes());
  }

  /**
   * {@code PUT /profiles/me/attributes/appearance}: only the fields set on {@code update} are sent.
   *
   * @param update the fields to change, e.g. {@code new ProfileAppearanceInput().hairColour("Brown")}
   * @return the appearance attributes as the server now has them
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public ProfileAppearance update(ProfileAppearanceInput update) {
    return data(api.updateMyAppearanceAttributes(body(update, "update")));
  }
}
