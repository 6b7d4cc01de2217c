package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A small path router: literal segments and {@code {param}} segments; the most literal match wins. */
final class Router {
  /** One method + path pattern, the operation it serves and how. */
  static final class Route {
    final String method;
    final String pattern;
    final String[] segments;
    final Access access;
    final RouteFamily.Handler handler;
    final Spec.Operation operation;
    /** Hand-written behaviour (false: answered from the spec by {@link SpecResponder}). */
    final boolean handWritten;
    final int literals;

    Route(String method, String pattern, Access access, RouteFamily.Handler handler, Spec.Operation operation,
        boolean handWritten) {
      this.method = method;
      this.pattern = pattern;
      this.segments = split(pattern);
      this.access = access;
      this.handler = handler;
      this.operation = operation;
      this.handWritten = handWritten;
      int l = 0;
      for (String s : segments) {
        if (!s.startsWith("{")) {
          l++;
        }
      }
      this.literals = l;
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  static final class Match {
    final Route route;
    final Map<String, String> params;
    final TreeSet<String> allowed;

    Match(Route route, Map<String, String> params, TreeSet<String> allowed) {
      this.route = route;
      this.params = params;
      this.allowed = allowed;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  void add(Route route) {
    for (Route r : routes) {
      if (r.method.equals(route.method) && Spec.shape(r.pattern).equals(Spec.shape(route.pattern))) {
        throw new IllegalStateException("Routes " + r + " and " + route + " are one route");
      }
    }
    routes.add(route);
  }

  List<Route> routes() {
    return Collections.unmodifiableList(routes);
  }

  static String[] split(String path) {
    String p = path;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }

  /**
   * Null when no route has this path (404); a match with a null route and the allowed methods when the path
   * exists for other methods (405); else the route and its path parameters.
   */
  Match match(String method, String path) {
    String[] segs = split(path);
    Route best = null;
    Map<String, String> bestParams = null;
    TreeSet<String> allowed = new TreeSet<>();
    for (Route r : routes) {
      Map<String, String> params = bind(r, segs);
      if (params == null) {
        continue;
      }
      allowed.add(r.method);
      if (r.method.equals(method) && (best == null || r.literals > best.literals)) {
        best = r;
        bestParams = params;
      }
    }
    if (allowed.isEmpty()) {
      return null;
    }
    return new Match(best, bestParams, allowed);
  }

  private static Map<String, String> bind(Route r, String[] segs) {
    if (r.segments.length != segs.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segs.length; i++) {
      String p = r.segments[i];
      if (p.startsWith("{")) {
        if (segs[i].isEmpty()) {
          return null;
        }
        params.put(p.substring(1, p.length() - 1), segs[i]);
      } else if (!p.equals(segs[i])) {
        return null;
      }
    }
    return params;
  }
}
