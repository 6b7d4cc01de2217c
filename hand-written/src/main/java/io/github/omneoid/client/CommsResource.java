package io.github.omneoid.client;

import io.github.omneoid.api.AttributesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileCommsInput;

/**
 * The profile's comms flags for every channel: {@code /profiles/me/attributes/comms}. To subscribe or unsubscribe
 * one channel the way the JS SDK does, use {@link ProfileResource#subscribe} and
 * {@link ProfileResource#unsubscribe(CommsChannel)} ({@code PUT /profiles/me/comms}).
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
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
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public ProfileComms update(ProfileCommsInput update) {
    return data(api.updateMyCommsAttributes(body(update, "update")));
  }
}
