package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A small path router: literal segments and {@code {param}} segments; the most literal match wins. */
final class Router {
  /** Which credential a route takes. */
  enum Access {
    /** {@code POST /auth/token}: the admin API token only. */
    ADMIN,
    /** Any valid ID token, profile or anonymous ({@code POST /profiles}, {@code /locations}). */
    ANY_ID,
    /** A profile ID token; anonymous gets 404 (the {@code /profiles/me} and connection trees). */
    PROFILE
  }

  interface Handler {
    Reply handle(Call call);
  }

  static final class Route {
    final String method;
    final String pattern;
    final String[] segments;
    final Access access;
    final Handler handler;
    final int literals;

    Route(String method, String pattern, Access access, Handler handler) {
      this.method = method;
      this.pattern = pattern;
      this.segments = split(pattern);
      this.access = access;
      this.handler = handler;
      int l = 0;
      for (String s : segments) {
        if (!s.startsWith("{")) {
          l++;
        }
      }
      this.literals = l;
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

  void add(String method, String pattern, Access access, Handler handler) {
    routes.add(new Route(method, pattern, access, handler));
  }

  List<Route> routes() {
    return routes;
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
    int bestAnyMethod = -1;
    for (Route r : routes) {
      Map<String, String> params = bind(r, segs);
      if (params == null) {
        continue;
      }
      if (r.literals > bestAnyMethod) {
        bestAnyMethod = r.literals;
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
