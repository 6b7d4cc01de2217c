package io.github.omneoid.client.resources;

import io.github.omneoid.api.ConnectionsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Connection;
import io.github.omneoid.model.ConnectionPage;
import io.github.omneoid.model.ConnectionUpdateInput;
import io.github.omneoid.model.Profile;

/**
 * {@code /profiles/me/connections}: the profile's links to other profiles (family, staff...). To act on a
 * connected profile, use {@code id.profile().connection(connectionId)}.
 */
public final class ConnectionsResource extends Resource {

  /** Which side of the connection the profile is on. */
  public enum Side {
    CONNECTED("connected"), CONNECTOR("connector");

    private final String value;

    Side(String value) {
      this.value = value;
    }
  }

  ConnectionsResource(Transport transport) {
    super(transport);
  }

  private ConnectionsApi connectionsApi() {
    return api(ConnectionsApi.class);
  }

  public Page<Connection> list(Query query) {
    return page(query, params -> connectionsApi().listMyConnections(null, params), ConnectionPage.class);
  }

  /** Only the connections where the profile is on {@code side}. */
  public Page<Connection> list(Side side, Query query) {
    String type = body(side, "side").value;
    return page(query, params -> connectionsApi().listMyConnections(type, params), ConnectionPage.class);
  }

  public Connection update(long connectionId, ConnectionUpdateInput update) {
    return data(connectionsApi().updateMyConnection(connectionId, body(update, "update")));
  }

  /** {@code GET .../{id}/profileInfo}: what the connected profile shares. */
  public Profile profileInfo(long connectionId) {
    return data(connectionsApi().getMyConnectionProfileInfo(connectionId));
  }
}
