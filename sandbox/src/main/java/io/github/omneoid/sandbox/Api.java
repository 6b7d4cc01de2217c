package io.github.omneoid.sandbox;

import java.util.Arrays;
import java.util.List;

/** The served API: the store, the route families, and the route table the spec derives from them. */
final class Api {
  final Store store;
  final Parts parts;
  final AddressRoutes addresses;
  final IdentityRoutes identities;
  final ListRoutes lists;
  final AttributeRoutes attributes;
  final List<RouteFamily> families;
  final RouteTable routes;

  /**
   * @param fallback whether operations without a hand-written handler are answered from the spec (always, but
   *     in tests that check the route check)
   */
  Api(Store store, TokenService tokens, Spec spec, boolean fallback) {
    this.store = store;
    this.parts = new Parts(store, tokens);
    this.addresses = new AddressRoutes(parts);
    this.identities = new IdentityRoutes(parts);
    this.lists = new ListRoutes(parts);
    this.attributes = new AttributeRoutes(parts);
    this.families = Arrays.asList(new AuthRoutes(parts), new ProfileRoutes(parts), attributes, addresses,
        identities, new RegionRoutes(parts), lists, new LoyaltyRoutes(parts), new TransactionRoutes(parts),
        new ConnectionRoutes(parts), new LocationRoutes(parts));
    RouteFamily.HandWritten handWritten = new RouteFamily.HandWritten();
    for (RouteFamily f : families) {
      f.register(handWritten);
    }
    this.routes = new RouteTable(spec, handWritten.all(), fallback ? new SpecResponder(spec) : null);
  }

  /** How many method + path routes are served (the connection copies included). */
  int routeCount() {
    return routes.routes().size();
  }
}
