package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written behaviour of one family of routes (one resource and its sub-resources). Each family registers
 * its handlers by spec path: {@code GET /profiles/me/addresses}. Which credential a route takes, and its copy under
 * {@code /profiles/connection/{id}}, come from the spec (see {@link RouteTable}). Handlers run while the caller
 * holds the store's monitor, so each request reads and writes the store atomically.
 */
abstract class RouteFamily {
  /** The bound profile's tree; {@link Call#target} is the profile a request under it acts on. */
  static final String ME = "/profiles/me";

  /** One request in, one reply out. */
  interface Handler {
    Reply handle(Call call);
  }

  /**
   * The handlers of every family, by method and path shape (path parameters' names do not matter: a published
   * spec may rename them), each with the path it was declared with, whose parameter names it reads.
   */
  static final class HandWritten {
    /** One handler and the method and path it was declared for. */
    static final class Entry {
      final String method;
      final String path;
      final Handler handler;

      Entry(String method, String path, Handler handler) {
        this.method = method;
        this.path = path;
        this.handler = handler;
      }

      @Override
      public String toString() {
        return method + " " + path;
      }
    }

    private final Map<String, Entry> byShape = new LinkedHashMap<>();

    void on(String method, String path, Handler handler) {
      Entry e = new Entry(method, path, handler);
      Entry before = byShape.put(key(method, path), e);
      if (before != null) {
        throw new IllegalStateException("Two handlers for one route: " + before + " and " + e);
      }
    }

    /** {@code GET /profiles/me/lists/{}/items/{}}: method and path shape. */
    static String key(String method, String path) {
      return method + " " + Spec.shape(path);
    }

    Map<String, Entry> all() {
      return byShape;
    }
  }

  final Store store;
  final Render render;
  final Loyalty loyalty;
  final ProfileFields fields;

  RouteFamily(Parts parts) {
    this.store = parts.store;
    this.render = parts.render;
    this.loyalty = parts.loyalty;
    this.fields = parts.fields;
  }

  abstract void register(HandWritten routes);

  // ------------------------------------------------------------------------------------------------ helpers

  /** {@code GET /profiles/me/<kind>} as a {@code Page}, and one record by id, in the kind's wire shape. */
  final void readOnlyPage(HandWritten routes, Kind kind, String idParam, String what) {
    Wire.Shape shape = Shapes.of(kind);
    routes.on("GET", ME + "/" + kind.key, c -> page(c, c.target.list(kind), shape));
    routes.on("GET", ME + "/" + kind.key + "/{" + idParam + "}",
        c -> Reply.data(shape.of(loyalty.render(record(c, kind, idParam, what)))));
  }

  /** Records as served: rewards, points and benefits carry clock-driven flags; the rest are served as stored. */
  final List<Map<String, Object>> rendered(List<Map<String, Object>> items) {
    List<Map<String, Object>> out = new ArrayList<>(items.size());
    for (Map<String, Object> m : items) {
      out.add(loyalty.render(m));
    }
    return out;
  }

  /**
   * {@code filter[...]} and {@code sort} applied to a plain list ({@code {"data": [...]}} answers), each record
   * then written in {@code shape}. Filters see the stored values.
   */
  final List<Object> filtered(Call c, List<Map<String, Object>> items, Wire.Shape shape) {
    return shape.all(Query.sort(Query.filter(rendered(items), Query.filters(c.query)), c.q("sort")));
  }

  /**
   * List keys ({@code tags[]=a&tags[]=b}), {@code filter[...]}, {@code sort} and paging into a {@code Page}:
   * {@code data}, {@code links}, {@code meta},
   * each record written in {@code shape}.
   */
  final Reply page(Call c, List<Map<String, Object>> items, Wire.Shape shape) {
    List<Map<String, Object>> all = Query.sort(Query.filter(Query.anyOf(rendered(items), Query.listKeys(c.query)),
        Query.filters(c.query)), c.q("sort"));
    return Reply.raw(Wire.page(Query.page(all, c.query, c.pathUrl()), shape));
  }

  /** A record of the target profile by the numeric id in a path parameter, or a 404 naming it. */
  final Map<String, Object> record(Call c, Kind kind, String param, String what) {
    return Store.byId(c.target.list(kind), c.param(param), what);
  }

  /** Deletes a record by id: 204, or 404 when there is none. */
  final Reply deleteById(Call c, Kind kind, String param, String what) {
    c.target.list(kind).remove(record(c, kind, param, what));
    return Reply.noContent();
  }
}
