package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.IdToken;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.AnonymousTokenException;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.client.LocationsResource;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileCommsInput;
import io.github.omneoid.model.ProfileUpsert;
import io.github.omneoid.model.ProfileUpsertAttributes;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an anonymous token may do — sign up (docs.omneo.io/docs/omneo-id, "What is Omneo ID?") — and what it may
 * not: the profile tree, and stores (declared for profile tokens). Stores through a customer's token.
 */
@OmneoIdSandboxTest
class AnonymousAndLocationsE2ETest {

  private final OmneoIdSandbox sandbox;

  AnonymousAndLocationsE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  private OmneoId anonymous(Wire wire) {
    IdToken token = E2e.admin(sandbox).auth().requestAuthToken(AuthTokenRequest.anonymous());
    assertThat(token.isAnonymous()).isTrue();
    OmneoId.Builder builder = E2e.customerBuilder(sandbox).idToken(token);
    return (wire == null ? builder : builder.okHttpClient(wire.client())).build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> comms(Map<String, Object> profile) {
    return (Map<String, Object>) ((Map<String, Object>) profile.get("attributes")).get("comms");
  }

  @Test
  void aSignUpCreatesAProfileWithTheServerDefaults() {
    Profile created = anonymous(null).profiles().upsert(new ProfileUpsert().email("new.person@example.com"));

    assertThat(created.getFirstName()).isEqualTo("unknown");
    assertThat(created.getLastName()).isEqualTo("unknown");
    assertThat(created.getEmail()).isEqualTo("new.person@example.com");
    assertThat(created.getAttributes().getComms().getEmailPromo()).isTrue();
    assertThat(created.getAttributes().getComms().getEmailOptout()).isFalse();
    assertThat(sandbox.profile(created.getId())).get()
        .satisfies(p -> assertThat(p.get("email")).isEqualTo("new.person@example.com"));
  }

  @Test
  void onAMatchingEmailOrMobileOnlyTheCommsChange() {
    String id = E2e.seed(sandbox, E2e.person("Existing", "Person").mobilePhone("+61400000222")
        .field("email", "existing.person@example.com"));
    int before = sandbox.profiles().size();
    OmneoId visitor = anonymous(null);

    Profile byEmail = visitor.profiles().upsert(new ProfileUpsert().email("EXISTING.person@example.com")
        .firstName("Mallory").lastName("Intruder")
        .attributes(new ProfileUpsertAttributes().comms(new ProfileCommsInput().smsPromo(true))));
    Profile byMobile = visitor.profiles().upsert(new ProfileUpsert().email("other.address@example.com")
        .mobilePhone("+61400000222").attributes(new ProfileUpsertAttributes()
            .comms(new ProfileCommsInput().emailPromo(false))));

    assertThat(byEmail.getId()).isEqualTo(id);
    assertThat(byMobile.getId()).isEqualTo(id);
    assertThat(byMobile.getAttributes().getComms().getEmailPromo()).isFalse();
    assertThat(sandbox.profiles()).hasSize(before);
    Map<String, Object> stored = sandbox.profile(id).orElseThrow();
    assertThat(stored.get("first_name")).isEqualTo("Existing");
    assertThat(stored.get("last_name")).isEqualTo("Person");
    assertThat(stored.get("email")).isEqualTo("existing.person@example.com");
    assertThat(comms(stored)).containsEntry("sms_promo", true).containsEntry("email_promo", false);
  }

  @Test
  void aSignUpWithoutAnEmailIs422FromTheServer() {
    OmneoId visitor = anonymous(null);

    assertThatThrownBy(() -> visitor.call("POST", "/profiles", Map.of(), Map.of("first_name", "No email")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.errors()).containsOnlyKeys("email");
        });
    assertThatThrownBy(() -> visitor.profiles().upsert(new ProfileUpsert().email("not-an-email")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
  }

  @Test
  void anAnonymousTokenIsRefusedOnProfilesMeBeforeAnythingIsSentAndByTheServerOnStores() {
    Wire wire = new Wire();
    OmneoId visitor = anonymous(wire);

    assertThatThrownBy(() -> visitor.profile().get()).isInstanceOf(AnonymousTokenException.class);
    assertThatThrownBy(() -> visitor.profile().lists().list(Query.of()))
        .isInstanceOf(AnonymousTokenException.class);
    assertThat(wire.sent()).isEmpty();

    // /locations is declared for profile tokens (x-omneo-token: profile); the sandbox answers the 401 the spec
    // declares for the wrong credential.
    assertThatThrownBy(() -> visitor.locations().list(LocationsResource.OPEN_STORES))
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.status()).isEqualTo(401));
    assertThat(wire.sent()).isNotEmpty().allSatisfy(s -> assertThat(s.path).isEqualTo("/locations"));
  }

  @Test
  void openStoresArePublishedAndNotPermanentlyClosed() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Store", "Finder")));

    Page<Location> open = client.locations().list(LocationsResource.OPEN_STORES);

    assertThat(open.items()).extracting(Location::getName).containsExactly("Melbourne Central", "Sydney Pitt St");
    assertThat(open.items()).allSatisfy(l -> {
      assertThat(l.getIsPublished()).isTrue();
      assertThat(l.getIsPermanentlyClosed()).isFalse();
    });
    Location sydney = client.locations().get(open.items().get(1).getId());
    assertThat(sydney.getAddress().getCity()).isEqualTo("Sydney");
    assertThat(sydney.getNormalHours()).hasSize(7);
    assertThat(client.locations().list(Query.of().filter("address.city", "Brisbane")).items())
        .singleElement().satisfies(l -> assertThat(l.getIsPermanentlyClosed()).isTrue());
  }

  @Test
  void locationsArePagedOnePerPage() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Page", "Turner")));

    Page<Location> first = client.locations().list(Query.of().pageSize(1));
    List<String> names = new ArrayList<>();
    first.autoPager().forEach(l -> names.add(l.getName()));

    assertThat(first.meta().getTotal()).isEqualTo(4);
    assertThat(first.meta().getLastPage()).isEqualTo(4);
    assertThat(names).containsExactly("Melbourne Central", "Sydney Pitt St", "Brisbane Queen St",
        "Online Warehouse");
    Page<Location> openFirst = client.locations().list(LocationsResource.OPEN_STORES.pageSize(1));
    assertThat(openFirst.meta().getTotal()).isEqualTo(2);
    assertThat(openFirst.next().items()).extracting(Location::getName).containsExactly("Sydney Pitt St");
    assertThat(openFirst.next().hasNext()).isFalse();
  }
}
