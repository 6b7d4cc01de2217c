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
   */
  public Identity create(IdentityInput identity) {
    return data(api.createMyIdentity(body(identity, "identity")));
  }

  /**
   * {@code GET /profiles/me/identities/{handle}}.
   *
   * @param handle the identity's handle, e.g. {@code magento_id}
   * @return the identity
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
   */
  public Identity update(String handle, IdentityUpdateInput update) {
    return data(api.updateMyIdentityByHandle(segment(handle, "handle"), body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/identities/{handle}}.
   *
   * @param handle the identity's handle
   */
  public void delete(String handle) {
    send(api.deleteMyIdentityByHandle(segment(handle, "handle")));
  }

  /**
   * {@code GET /profiles/me/identities/id/{identityId}} (the JS SDK's {@code getByID}).
   *
   * @param identityId the identity's id
   * @return the identity
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
   */
  public Identity updateById(long identityId, IdentityUpdateInput update) {
    return data(api.updateMyIdentityById(identityId, body(update, "update")));
  }

  /**
   * {@code DELETE /profiles/me/identities/id/{identityId}} (the JS SDK's {@code deleteByID}).
   *
   * @param identityId the identity's id
   */
  public void deleteById(long identityId) {
    send(api.deleteMyIdentityById(identityId));
  }
}
