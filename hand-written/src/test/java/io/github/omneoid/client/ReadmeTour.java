package io.github.omneoid.client;

import io.github.omneoid.client.LocationsResource;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileListItemInput;
import io.github.omneoid.model.ProfileUpdate;
import java.time.Duration;

/** The README's quick tour, compiled by the build; {@link ReadmeTourTest} keeps the README's copy identical. */
final class ReadmeTour {

  private ReadmeTour() {
  }

  static void tour(String adminToken, String profileId) {
    // tour:start
    // Server side: mint a short-lived token for one customer (the admin token never leaves the server).
    OmneoIdAdmin admin = OmneoIdAdmin.builder().tenant("acme").apiToken(adminToken).build();
    IdTokenSource tokens = admin.tokenSource(AuthTokenRequest.forProfile(profileId));

    // Customer client: refreshes its token through the source before it runs out.
    OmneoId id = OmneoId.builder().tenant("acme").tokenSource(tokens).build();
    Profile me = id.profile().get();
    System.out.println("Hello " + me.getFirstName());

    // Lists are addressed by id or handle.
    id.profile().lists().items("wishlist").create(new ProfileListItemInput().productVariantSku("SKU-1").quantity(1));

    // Comms: the JS SDK's rules, without its bugs.
    ProfileComms comms = id.profile().attributes().comms().get();
    if (!ProfileResource.isSubscribed(comms, CommsChannel.EMAIL)) {
      id.profile().subscribe(CommsChannel.EMAIL);
    }

    // Open stores, every page fetched as the loop reaches it.
    for (Location store : id.locations().list(LocationsResource.OPEN_STORES).autoPager()) {
      System.out.println(store.getName());
    }

    // A connected profile (family member): a new view; id.profile() is unchanged.
    Profile partner = id.profile().connection(42).get();
    // tour:end
    System.out.println(partner.getFirstName());
  }

  static void views(IdTokenSource tokens) {
    // views:start
    OmneoId id = OmneoId.builder().tenant("acme").tokenSource(tokens).build();
    String trace = "order-7";

    // Per-call options: a view with its own timeout and headers; id itself is unchanged.
    OmneoId traced = id.withOptions(o -> o.callTimeout(Duration.ofMinutes(2)).header("X-Correlation-Id", trace));
    Profile profile = traced.profile().get();

    // Raw: the same call with its status, headers and request id.
    HttpResponseFor<Profile> raw = id.withRawResponse().call(i -> i.profile().get());
    String requestId = raw.requestId().orElse("-");

    // Async: the same call on OkHttp's enqueue, as a CompletableFuture.
    id.async().call(i -> i.profile().get()).thenAccept(me -> System.out.println(me.getFirstName()));

    // Explicit nulls: clear a field on purpose; unset fields are left out.
    id.profile().update(ExplicitNulls.of(new ProfileUpdate().firstName("Ann")).clear("birth_date"));

    // Any route, any status, exact numbers.
    RawResponse response = id.withRawResponse().call("GET", "/profiles/me/balances");
    Object json = response.status() == 200 ? response.json() : null;

    // Release the client's own threads and connections (try-with-resources works too).
    id.close();
    // views:end
  }
}
