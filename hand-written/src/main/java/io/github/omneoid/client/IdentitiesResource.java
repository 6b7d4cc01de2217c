package io.github.omneoid.client;

import io.github.omneoid.api.IdentitiesApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Identity;
import io.github.omneoid.model.IdentityInput;
import io.github.omneoid.model.IdentityUpdateInput;
import java.util.List;

/**
 * The profile's identities (a handle such as {@code magento_id} plus the identifier in that system):
 * {@code /profiles/me/identities}, addressed by handle, or by integer id with the {@code ...ById} methods.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class IdentitiesResource extends Resource {

  private final IdentitiesApi api;

  IdentitiesResource(Transport transport) {
    super(transport);
    this.api = transport.api(IdentitiesApi.class);
  }

  /**
   * {@code GET /profiles/me/identities}.
   *
   * @return every identity of the profile
   */
  public List<Identity> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/identities} with filters or sorting.
   *
   * @param query the query keys, sent as given
   * @return the identities the query selects
   */
  public List<Identity> list(Query query) {
    return data(api.listMyIdentities(required(query).toMap()));
  }

  /**
   * {@code POST /profiles/me/identities}.
   *
   * @param identity the handle and identifier
   * @return the identity as stored, with its id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects the identity
   */
  public Identity create(IdentityInput identity) {
    return data(api.createMyIdentity(body(identity, "identity")));
  }

  /**
   * {@code GET /profiles/me/identities/{handle}}.
   *
   * @param handle the identity's handle, e.g. {@code magento_id}
   * @return the identity
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no identity with that handle
   */
  public Identity get(String handle) {
    return data(api.getMyIdentityByHandle(segment(handle, "handle")));
  }

  /**
   * {@code PUT /profiles/me/identities/{handle}}.
   *
   * @param handle the identity's handle
   * @param update the fields to change
   * @return the identity as the server now has it
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no identity with that handle
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public Identity update(String handle, IdentityUpdateInput update) {
    return data(api.updateMyIdentityByHandle(segment(handle, "handle"), body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/identities/{handle}}.
   *
   * @param handle the identity's handle
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no identity with that handle
   */
  public void delete(String handle) {
    send(api.deleteMyIdentityByHandle(segment(handle, "handle")));
  }

  /**
   * {@code GET /profiles/me/identities/id/{identityId}} (the JS SDK's {@code getByID}).
   *
   * @param identityId the identity's id
   * @return the identity
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no identity with that id
   */
  public Identity getById(long identityId) {
    return data(api.getMyIdentityById(identityId));
  }

  /**
   * {@code PUT /profiles/me/identities/id/{identityId}} (the JS SDK's {@code updateByID}).
   *
   * @param identityId the identity's id
   * @param update the fields to change
   * @return the identity as the server now has it
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no identity with that id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public Identity updateById(long identityId, IdentityUpdateInput update) {
    return data(api.updateMyIdentityById(identityId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/identities/id/{identityId}} (the JS SDK's {@code deleteByID}).
   *
   * @param identityId the identity's id
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no identity with that id
   */
  public void deleteById(long identityId) {
    send(api.deleteMyIdentityById(identityId));
  }
}
