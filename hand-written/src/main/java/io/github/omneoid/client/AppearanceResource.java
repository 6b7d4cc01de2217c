package io.github.omneoid.client;

import io.github.omneoid.api.AttributesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileAppearance;
import io.github.omneoid.model.ProfileAppearanceInput;

/** The profile's sizes and measurements: {@code /profiles/me/attributes/appearance}. */
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
   */
  public ProfileAppearance update(ProfileAppearanceInput update) {
    return data(api.updateMyAppearanceAttributes(body(update, "update")));
  }
}
