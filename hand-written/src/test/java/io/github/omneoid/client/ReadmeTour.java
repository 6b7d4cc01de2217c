package io.github.omneoid.client;

import io.github.omneoid.client.LocationsResource;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.Location;
import io.github.omneoid.model.Profile;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileListItemInput;

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
}
