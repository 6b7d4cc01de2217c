package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes the sandbox serves, derived from the spec: one per operation, plus its copy under
 * {@code /profiles/connection/{id}} when the operation is connection-scoped. Each is served by its hand-written
 * handler when a {@link RouteFamily} registered one for that method and path, else from the spec by
 * {@link SpecResponder}. Its credential comes from the operation's {@code x-omneo-token} ({@link Access}), with
 * no exception. A hand-written handler whose method and path are not a spec operation is not served (tests list
 * them: {@link #outsideSpec}).
 */
final class RouteTable {
  /** Where the connection copies live; {@code scopeConnectionId} names the connection the call acts through. */
  static final String CONNECTION = "/profiles/connection/{scopeConnectionId}";

  final Router router = new Router();
  final Spec spec;
  /** Hand-written {@code METHOD path}s that are not spec operations (so not served). */
  final Set<String> outsideSpec;

  /**
   * @param fallback answers operations without a handler; null leaves them unrouted (only tests do that, to see
   *     the route check fail)
   */
  RouteTable(Spec spec, Map<String, RouteFamily.HandWritten.Entry> handWritten, SpecResponder fallback) {
    this.spec = spec;
    Map<String, RouteFamily.HandWritten.Entry> unused = new LinkedHashMap<>(handWritten);
    for (Spec.Operation op : spec.operations) {
      String key = RouteFamily.HandWritten.key(op.method, op.path);
      RouteFamily.HandWritten.Entry entry = unused.remove(key);
      RouteFamily.Handler handler;
      String path;
      if (entry != null) {
        handler = entry.handler;
        path = entry.path; // the parameter names its handler reads
      } else if (fallback != null) {
        handler = fallback.handlerFor(op);
        path = op.path;
      } else {
        continue;
      }
      boolean written = entry != null;
      if (op.direct) {
        router.add(new Router.Route(op.method, path, op.access, handler, op, written));
      }
      if (op.connectionScoped) {
        // Acting through a connection needs a bound profile (the connector), whatever the operation's token.
        String scoped = CONNECTION + path.substring(Spec.ME.length());
        router.add(new Router.Route(op.method, scoped, Access.PROFILE, handler, op, written));
      }
    }
    Set<String> outside = new LinkedHashSet<>();
    for (RouteFamily.HandWritten.Entry e : unused.values()) {
      outside.add(e.toString());
    }
    this.outsideSpec = Collections.unmodifiableSet(outside);
  }

  List<Router.Route> routes() {
    return router.routes();
  }

  /** Operations served from the spec alone, for the README and tests. */
  List<Spec.Operation> fromSpecOnly() {
    Set<Spec.Operation> out = new LinkedHashSet<>();
    for (Router.Route r : router.routes()) {
      if (!r.handWritten) {
        out.add(r.operation);
      }
    }
    return new ArrayList<>(out);
  }
}
