package io.github.omneoid.client;

import io.github.omneoid.client.internal.Transport;

/**
 * The profile's attributes: {@code /profiles/me/attributes/...} — comms, appearance, custom and dates. Each method
 * returns the resource for one kind; none makes a request. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class AttributesResource {

  private final Transport transport;

  AttributesResource(Transport transport) {
    this.transport = transport;
  }

  /** @return {@code /profiles/me/attributes/comms}: every channel's flags */
  public CommsResource comms() {
    return new CommsResource(transport);
  }

  /** @return {@code /profiles/me/attributes/appearance}: sizes and measurements */
  public AppearanceResource appearance() {
    return new AppearanceResource(transport);
  }

  /** @return {@code /profiles/me/attributes/custom}: attributes in namespaces of the tenant's own */
  public CustomAttributesResource custom() {
    return new CustomAttributesResource(transport);
  }

  /** @return {@code /profiles/me/attributes/dates}: anniversaries and other dates */
  public DatesResource dates() {
    return new DatesResource(transport);
  }
}
