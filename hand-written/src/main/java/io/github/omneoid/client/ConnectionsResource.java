package io.github.omneoid.client;

import io.github.omneoid.api.ConnectionsApi;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Connection;
import io.github.omneoid.model.ConnectionPage;
import io.github.omneoid.model.ConnectionUpdateInput;
import io.github.omneoid.model.Profile;

/**
 * Connections between the profile and others (family members, partners): {@code /profiles/me/connections}. To act on
 * a connected profile itself, use {@link ProfileResource#connection(long)}.
 *
 * <p>Every call throws the unchecked exceptions of {@link io.github.omneoid.client.errors} (that package's page, like
 * the README's "Errors" section, maps each status to one). With an anonymous token every call fails with
 * {@link io.github.omneoid.client.errors.AnonymousTokenException} before sending. In a connection view
 * ({@link ProfileResource#connection(long)}) the routes start with {@code /profiles/connection/{connectionId}}
 * instead of {@code /profiles/me}.
 */
public final class ConnectionsResource extends Resource {

  /** Which side of a connection the profile is on. */
  public enum Side {
    /** The profile was connected by another: {@code type=connected}. */
    CONNECTED("connected"),
    /** The profile made the connection: {@code type=connector}. */
    CONNECTOR("connector");

    private final String value;

    Side(String value) {
      this.value = value;
    }
  }

  private final ConnectionsApi api;

  ConnectionsResource(Transport transport) {
    super(transport);
    this.api = transport.api(ConnectionsApi.class);
  }

  /**
   * {@code GET /profiles/me/connections}.
   *
   * @return the first page of the profile's connections; {@link Page#autoPager()} walks the rest
   */
  public Page<Connection> list() {
    return list(Query.of());
  }

  /**
   * {@code GET /profiles/me/connections} with filters, sorting and paging.
   *
   * @param query the query keys, sent as given
   * @return the page the query selects
   */
  public Page<Connection> list(Query query) {
    return page(query, params -> api.listMyConnections(null, params), ConnectionPage.class);
  }

  /**
   * {@code GET /profiles/me/connections?type=connected} or {@code ?type=connector}: only the connections where
   * the profile is on {@code side}.
   *
   * @param side which side
   * @param query more query keys, sent as given
   * @return the page the query selects
   */
  public Page<Connection> list(Side side, Query query) {
    String type = body(side, "side").value;
    return page(query, params -> api.listMyConnections(type, params), ConnectionPage.class);
  }

  /**
   * {@code PUT /profiles/me/connections/{connectionId}}.
   *
   * @param connectionId the connection's id
   * @param update the fields to change, e.g. its status
   * @return the connection as the server now has it
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no connection with that id
   * @throws io.github.omneoid.client.errors.ValidationException (422) when the server rejects a field
   */
  public Connection update(long connectionId, ConnectionUpdateInput update) {
    return data(api.updateMyConnection(connectionId, body(update, "update")));
  }

  /**
   * {@code GET /profiles/me/connections/{connectionId}/profileInfo} (the JS SDK's {@code getProfileInfo}).
   *
   * @param connectionId the connection's id
   * @return what the connected profile shares
   * @throws io.github.omneoid.client.errors.NotFoundException when the profile has no connection with that id
   */
  public Profile getProfileInfo(long connectionId) {
    return data(api.getMyConnectionProfileInfo(connectionId));
  }
}
