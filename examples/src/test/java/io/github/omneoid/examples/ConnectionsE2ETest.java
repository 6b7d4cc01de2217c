package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.ConnectionsResource.Side;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.Achievement;
import io.github.omneoid.model.Connection;
import io.github.omneoid.model.Credit;
import io.github.omneoid.model.Order;
import io.github.omneoid.model.ConnectionStatus;
import io.github.omneoid.model.ConnectionUpdateInput;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileList;
import io.github.omneoid.model.ProfileListInput;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connections, the connection-scoped view of a connected profile, and the seed-only collections. */
@OmneoIdSandboxTest
class ConnectionsE2ETest {

  private final OmneoIdSandbox sandbox;

  ConnectionsE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  void connectionsAreListedBySideUpdatedAndShowTheOtherProfile() {
    String parent = E2e.seed(sandbox, E2e.person("Pat", "Parent"));
    String child = E2e.seed(sandbox, E2e.person("Casey", "Child").field("birth_year", 2012));
    long connectionId = ((Number) sandbox.seedConnection(parent, child, Map.of("name", "Son")).get("id"))
        .longValue();
    OmneoId parentClient = E2e.customer(sandbox, parent);
    OmneoId childClient = E2e.customer(sandbox, child);

    Page<Connection> mine = parentClient.profile().connections().list(Query.of());
    assertThat(mine.items()).singleElement().satisfies(c -> {
      assertThat(c.getId()).isEqualTo(connectionId);
      assertThat(c.getName()).isEqualTo("Son");
      assertThat(c.getConnectedId()).isEqualTo(child);
      assertThat(c.getStatus()).isEqualTo(ConnectionStatus.ACCEPTED);
    });
    assertThat(parentClient.profile().connections().list(Side.CONNECTOR, Query.of()).items()).hasSize(1);
    assertThat(parentClient.profile().connections().list(Side.CONNECTED, Query.of()).items()).isEmpty();
    assertThat(childClient.profile().connections().list(Side.CONNECTED, Query.of()).items()).hasSize(1);

    Connection updated = parentClient.profile().connections().update(connectionId,
        new ConnectionUpdateInput().name("Eldest son").notes("plays football"));
    assertThat(updated.getName()).isEqualTo("Eldest son");
    assertThat(childClient.profile().connections().list(Query.of()).items().get(0).getNotes())
        .isEqualTo("plays football");

    Profile info = parentClient.profile().connections().getProfileInfo(connectionId);
    assertThat(info.getFirstName()).isEqualTo("Casey");
    assertThat(info.getBirthYear()).isEqualTo(2012);
    assertThat(childClient.profile().connections().getProfileInfo(connectionId).getFirstName()).isEqualTo("Pat");
  }

  @Test
  void theConnectionViewActsOnTheConnectedProfileAndLeavesTheClientAlone() {
    String parent = E2e.seed(sandbox, E2e.person("Robin", "Parent"));
    String child = E2e.seed(sandbox, E2e.person("Alex", "Child"));
    String stranger = E2e.seed(sandbox, E2e.person("Sol", "Stranger"));
    long connectionId = ((Number) sandbox.seedConnection(parent, child).get("id")).longValue();
    OmneoId client = E2e.customer(sandbox, parent);

    ProfileResource childView = client.profile().connection(connectionId);
    assertThat(childView.get().getFirstName()).isEqualTo("Alex");
    ProfileList list = childView.lists().create(new ProfileListInput().name("School shoes"));
    Profile renamed = childView.update(Map.of("first_name", "Alexis"));

    assertThat(renamed.getId()).isEqualTo(child);
    assertThat(renamed.getFirstName()).isEqualTo("Alexis");
    assertThat(E2e.customer(sandbox, child).profile().lists().get(list.getId()).getName())
        .isEqualTo("School shoes");
    assertThat(client.profile().get().getFirstName()).isEqualTo("Robin");
    assertThat(client.profile().lists().list(Query.of())).isEmpty();
    assertThat(sandbox.profile(child).orElseThrow().get("first_name")).isEqualTo("Alexis");

    OmneoId strangerClient = E2e.customer(sandbox, stranger);
    assertThatThrownBy(() -> strangerClient.profile().connection(connectionId).get())
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> E2e.customer(sandbox, child).profile().connection(connectionId).get())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void seedOnlyAchievementsCreditsAndOrdersAreReadOnlyPages() {
    String id = E2e.seed(sandbox, E2e.person("Seed", "Only")
        .record("achievements", Map.of("count", 3))
        .record("achievements", Map.of("count", 12))
        .record("credits", Map.of("value_initial", 25, "value_remaining", 25, "name", "Store credit"))
        .record("orders", Map.of("order_number", "WEB-9001", "total", 89.95)));
    OmneoId client = E2e.customer(sandbox, id);

    Page<Achievement> achievements = client.profile().achievements().list();
    assertThat(achievements.items()).extracting(Achievement::getCount).containsExactly(3, 12);
    assertThat(achievements.meta().getTotal()).isEqualTo(2);
    Achievement second = client.profile().achievements().get(achievements.items().get(1).getId());
    assertThat(second.getDefinition().getLevels()).extracting(l -> l.getTrigger()).containsExactly(5, 15);

    Page<Credit> credits = client.profile().credits().list();
    assertThat(credits.items()).singleElement().satisfies(c -> {
      assertThat(c.getValueRemaining()).isEqualByComparingTo("25");
      assertThat(c.getName()).isEqualTo("Store credit");
      assertThat(c.getDefinition().getHandle()).isEqualTo("gift-card");
    });
    assertThat(client.profile().balances().get().getCreditBalance()).isEqualByComparingTo("25");

    Page<Order> orders = client.profile().orders().list();
    assertThat(orders.items()).singleElement().satisfies(o -> assertThat(o.getOrderNumber()).isEqualTo("WEB-9001"));
    Order order = client.profile().orders().get(orders.items().get(0).getId());
    assertThat(order.getTotal()).isEqualByComparingTo("89.95");
    assertThatThrownBy(() -> client.profile().orders().get(999999)).isInstanceOf(NotFoundException.class);
  }
}
