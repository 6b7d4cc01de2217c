package io.github.omneoid.client.resources;

import io.github.omneoid.api.IdentitiesApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Identity;
import io.github.omneoid.model.IdentityInput;
import io.github.omneoid.model.IdentityUpdateInput;
import java.util.List;

/** {@code /profiles/me/identities}: by handle ({@code /identities/{handle}}) or by id ({@code /identities/id/{id}}). */
public final class IdentitiesResource extends Resource {

  IdentitiesResource(Transport transport) {
    super(transport);
  }

  private IdentitiesApi identitiesApi() {
    return api(IdentitiesApi.class);
  }

  public List<Identity> list() {
    return data(identitiesApi().listMyIdentities(Query.of().toMap()));
  }

  public Identity create(IdentityInput identity) {
    return data(identitiesApi().createMyIdentity(body(identity, "identity")));
  }

  public Identity get(String handle) {
    return data(identitiesApi().getMyIdentityByHandle(segment(handle, "handle")));
  }

  public Identity update(String handle, IdentityUpdateInput update) {
    return data(identitiesApi().updateMyIdentityByHandle(segment(handle, "handle"), body(update, "update")));
  }

  public void delete(String handle) {
    send(identitiesApi().deleteMyIdentityByHandle(segment(handle, "handle")));
  }

  public Identity getById(long identityId) {
    return data(identitiesApi().getMyIdentityById(identityId));
  }

  public Identity updateById(long identityId, IdentityUpdateInput update) {
    return data(identitiesApi().updateMyIdentityById(identityId, body(update, "update")));
  }

  public void deleteById(long identityId) {
    send(identitiesApi().deleteMyIdentityById(identityId));
  }
}
