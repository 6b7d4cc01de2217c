package io.github.omneoid.client;

import io.github.omneoid.api.AttributesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.CustomAttribute;
import io.github.omneoid.model.CustomAttributeInput;
import java.util.List;

/**
 * The profile's custom attributes: {@code /profiles/me/attributes/custom}. One attribute is addressed by namespace
 * and handle, which the API joins into one path segment with a colon ({@code .../custom/shoes:size}).
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class CustomAttributesResource extends Resource {

  private final AttributesApi api;

  CustomAttributesResource(Transport transport) {
    super(transport);
    this.api = transport.api(AttributesApi.class);
  }

  /**
   * {@code GET /profiles/me/attributes/custom}.
   *
   * @return every custom attribute of the profile
   */
  public List<CustomAttribute> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/attributes/custom} with filters or sorting.
   *
   * @param query the query keys, sent as given
   * @return the attributes the query selects
   */
  public List<CustomAttribute> list(Query query) {
    return data(api.listMyCustomAttributes(required(query).toMap()));
  }

  /**
   * {@code GET /profiles/me/attributes/custom/{namespace}:{handle}}.
   *
   * @param namespace the attribute's namespace; not blank
   * @param handle the attribute's handle; not blank
   * @return the attribute
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no attribute with that namespace
   *     and handle
   */
  public CustomAttribute get(String namespace, String handle) {
    return data(api.getMyCustomAttribute(key(namespace, handle)));
  }

  /**
   * {@code PUT /profiles/me/attributes/custom/{namespace}:{handle}}: creates the attribute or replaces its value.
   *
   * @param namespace the attribute's namespace
   * @param handle the attribute's handle
   * @param value the type and value, e.g. {@code new CustomAttributeInput().type(CustomAttributeType.STRING).value("42")}
   * @return the attribute as stored
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the type or value
   */
  public CustomAttribute update(String namespace, String handle, CustomAttributeInput value) {
    return data(api.upsertMyCustomAttribute(key(namespace, handle), body(value, "value")));
  }

  /**
   * {@code DELETE /profiles/me/attributes/custom/{namespace}:{handle}}.
   *
   * @param namespace the attribute's namespace
   * @param handle the attribute's handle
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no attribute with that namespace
   *     and handle
   */
  public void delete(String namespace, String handle) {
    send(api.deleteMyCustomAttribute(key(namespace, handle)));
  }

  private static String key(String namespace, String handle) {
    return segment(namespace, "namespace") + ":" + segment(handle, "handle");
  }
}
