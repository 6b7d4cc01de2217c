package io.github.omneoid.client;

import io.github.omneoid.api.AttributesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileCommsInput;

/** The profile's comms flags for every channel: {@code /profiles/me/attributes/comms}. */
public final class CommsResource extends Resource {

  private final AttributesApi api;

  CommsResource(Transport transport) {
    super(transport);
    this.api = transport.api(AttributesApi.class);
  }

  /**
   * {@code GET /profiles/me/attributes/comms}.
   *
   * @return the flags; {@link ProfileResource#isSubscribed} reads them as the JS SDK does
   */
  public ProfileComms get() {
    return data(api.getMyCommsAttributes());
  }

  /**
   * {@code PUT /profiles/me/attributes/comms}: only the flags set on {@code update} are sent; the server merges them.
   *
   * @param update the flags to change, e.g. {@code new ProfileCommsInput().pushDiscover(false)}
   * @return the flags as the server now has them
   */
  public ProfileComms update(ProfileCommsInput update) {
    return data(api.updateMyCommsAttributes(body(update, "update")));
  }
}
