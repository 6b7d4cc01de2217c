package io.github.omneoid.sandbox;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Product lists (wishlists) of the bound profile, their items and shares. A list is found by numeric id or by
 * handle; its handle defaults to a slug of its name and is unique per profile. An item must name a product (sku,
 * barcode, variant, product, category or external id) and has an integer {@code quantity} of at least 1.
 */
final class ListRoutes extends RouteFamily {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<String> LIST_FIELDS = Arrays.asList("name", "description", "meta", "handle",
      "sort_order", "tags", "custom_fields", "custom_date", "list_definition_id", "location_id", "staff_id");

  ListRoutes(Parts parts) {
    super(parts);
  }

  @Override
  void register(HandWritten routes) {
    String r = ME + "/lists";
    routes.on("GET", r, c -> Reply.data(filtered(c, c.target.list(Kind.LISTS), Shapes.LIST)));
    routes.on("POST", r, this::createList);
    routes.on("GET", r + "/{list}", c -> Reply.data(Shapes.LIST.of(list(c))));
    routes.on("PUT", r + "/{list}", this::updateList);
    routes.on("DELETE", r + "/{list}", c -> {
      c.target.list(Kind.LISTS).remove(list(c));
      return Reply.noContent();
    });
    routes.on("GET", r + "/{list}/items", c -> Reply.data(filtered(c, items(list(c)), Shapes.LIST_ITEM)));
    routes.on("POST", r + "/{list}/items", this::createItem);
    routes.on("GET", r + "/{list}/items/{itemId}",
        c -> Reply.data(Shapes.LIST_ITEM.of(Store.byId(items(list(c)), c.param("itemId"), "List item"))));
    routes.on("PUT", r + "/{list}/items/{itemId}", this::updateItem);
    routes.on("DELETE", r + "/{list}/items/{itemId}", c -> {
      Map<String, Object> l = list(c);
      items(l).remove(Store.byId(items(l), c.param("itemId"), "List item"));
      l.put("updated_at", store.now());
      return Reply.noContent();
    });
    routes.on("POST", r + "/{list}/shares", this::shareList);
  }

  static String slug(String s) {
    String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return out.isEmpty() ? "list" : out;
  }

  private static String code(int length) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** A list by numeric id or by handle (the official SDK uses ids, the storefront guides handles). */
  private Map<String, Object> list(Call c) {
    Map<String, Object> l = findList(c.target, c.param("list"));
    if (l == null) {
      throw ApiException.notFound("List");
    }
    return l;
  }

  static Map<String, Object> findList(Store.Profile p, String ref) {
    Long id = Store.asLong(ref);
    if (id != null) {
      for (Map<String, Object> l : p.list(Kind.LISTS)) {
        if (id.equals(l.get("id"))) {
          return l;
        }
      }
    }
    for (Map<String, Object> l : p.list(Kind.LISTS)) {
      if (ref.equals(l.get("handle"))) {
        return l;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> items(Map<String, Object> list) {
    Object items = list.get("items");
    if (!(items instanceof List)) {
      items = new ArrayList<>();
      list.put("items", items);
    }
    return (List<Map<String, Object>>) items;
  }

  void validate(Store.Profile p, Map<String, Object> body, Map<String, Object> self, boolean creating,
      ApiException.Validation v) {
    if (creating) {
      Check.required(v, body, "name");
    }
    Check.string(v, body, "name", false);
    Check.string(v, body, "handle", false);
    for (String f : Arrays.asList("description", "custom_date", "staff_id")) {
      Check.string(v, body, f, true);
    }
    Check.integer(v, body, "sort_order", true);
    Check.integer(v, body, "list_definition_id", true);
    Check.integer(v, body, "location_id", true);
    if (body.get("location_id") instanceof Long && store.location(body.get("location_id")) == null) {
      v.add("location_id", "The selected location id is invalid.");
    }
    Check.bool(v, body, "update_items_only", true);
    Check.stringArray(v, body, "tags", true);
    Check.object(v, body, "meta", true);
    String handle = body.get("handle") instanceof String ? (String) body.get("handle")
        : creating && body.get("name") instanceof String ? slug((String) body.get("name")) : null;
    if (handle != null) {
      for (Map<String, Object> l : p.list(Kind.LISTS)) {
        if (l != self && handle.equals(l.get("handle"))) {
          v.add("handle", "The handle has already been taken.");
        }
      }
    }
    if (body.containsKey("items") && body.get("items") != null) {
      if (!(body.get("items") instanceof List)) {
        v.add("items", "The items field must be an array.");
      } else {
        List<?> l = (List<?>) body.get("items");
        for (int i = 0; i < l.size(); i++) {
          if (!(l.get(i) instanceof Map)) {
            v.add("items." + i, "The items." + i + " field must be an object.");
          } else {
            validateItem(Json.asMap(l.get(i)), "items." + i + ".", true, v);
          }
        }
      }
    }
  }

  Map<String, Object> add(Store.Profile p, Map<String, Object> body) {
    Map<String, Object> given = new LinkedHashMap<>();
    for (String f : LIST_FIELDS) {
      if (body.containsKey(f)) {
        given.put(f, body.get(f));
      }
    }
    if (!(given.get("handle") instanceof String)) {
      given.put("handle", slug(String.valueOf(body.get("name"))));
    }
    if (given.get("tags") == null) {
      given.put("tags", new ArrayList<>());
    }
    Map<String, Object> l = Records.create(store, p, Kind.LISTS, given);
    l.put("items", new ArrayList<>());
    p.list(Kind.LISTS).add(l);
    applyItems(l, body);
    return l;
  }

  /** {@code items} of a list body: replace the items, or with {@code update_items_only} update matching ones. */
  private void applyItems(Map<String, Object> list, Map<String, Object> body) {
    if (!(body.get("items") instanceof List)) {
      return;
    }
    List<Map<String, Object>> items = items(list);
    boolean updateOnly = Boolean.TRUE.equals(Check.asBool(body.get("update_items_only")));
    if (!updateOnly) {
      items.clear();
    }
    for (Object o : (List<?>) body.get("items")) {
      Map<String, Object> in = Json.asMap(o);
      Map<String, Object> existing = null;
      if (updateOnly) {
        for (Map<String, Object> it : items) {
          if ((in.get("product_variant_id") != null && in.get("product_variant_id").equals(it.get(
              "product_variant_id"))) || (in.get("product_variant_sku") != null && in.get("product_variant_sku")
                  .equals(it.get("product_variant_sku")))) {
            existing = it;
          }
        }
      }
      if (existing != null) {
        applyItemFields(existing, in);
      } else {
        items.add(newItem(list, in));
      }
    }
  }

  private Reply createList(Call c) {
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(c.target, body, null, true, v);
    v.throwIfAny();
    return Reply.data(Shapes.LIST.of(add(c.target, body)));
  }

  private Reply updateList(Call c) {
    Map<String, Object> l = list(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validate(c.target, body, l, false, v);
    v.throwIfAny();
    for (String f : LIST_FIELDS) {
      if (body.containsKey(f)) {
        l.put(f, Json.normalize(body.get(f)));
      }
    }
    if (body.containsKey("location_id")) {
      l.put("location", store.location(body.get("location_id")));
    }
    applyItems(l, body);
    l.put("updated_at", store.now());
    return Reply.data(Shapes.LIST.of(l));
  }

  static void validateItem(Map<String, Object> body, String prefix, boolean creating, ApiException.Validation v) {
    for (String f : Arrays.asList("product_variant_sku", "product_variant_barcode", "external_id", "status",
        "source")) {
      Check.string(v, body, f, true, prefix + f);
    }
    for (String f : Arrays.asList("product_category_id", "product_variant_id", "product_id", "location_id",
        "position")) {
      Check.integer(v, body, f, true, Long.MIN_VALUE, Long.MAX_VALUE, prefix + f);
    }
    Check.integer(v, body, "quantity", false, 1, 1_000_000, prefix + "quantity");
    if (body.containsKey("meta") && body.get("meta") != null && !(body.get("meta") instanceof Map)) {
      v.add(prefix + "meta", "The meta field must be an object.");
    }
    if (creating) {
      boolean any = false;
      for (String f : Arrays.asList("product_variant_sku", "product_variant_barcode", "product_variant_id",
          "product_id", "product_category_id", "external_id")) {
        any |= body.get(f) != null;
      }
      if (!any) {
        v.add(prefix + "product_variant_id",
            "One of product_variant_sku, product_variant_barcode, product_variant_id, product_id, "
                + "product_category_id or external_id is required.");
      }
    }
  }

  private static final List<String> ITEM_FIELDS = Arrays.asList("product_variant_sku", "product_variant_barcode",
      "product_category_id", "product_variant_id", "product_id", "external_id", "quantity", "position", "status",
      "meta", "source", "location_id");

  Map<String, Object> newItem(Map<String, Object> list, Map<String, Object> in) {
    String now = store.now();
    Map<String, Object> it = Catalog.map("id", store.nextId(Store.Counter.LIST_ITEM), "product_list_id", list.get("id"),
        "product_category", null, "product_variant", null, "product", null, "custom_product", null,
        "quantity", 1, "position", null, "status", null, "meta", null, "source", null, "location", null,
        "reservations", Catalog.list(), "created_at", now, "updated_at", now);
    applyItemFields(it, in);
    return it;
  }

  private void applyItemFields(Map<String, Object> it, Map<String, Object> in) {
    for (String f : ITEM_FIELDS) {
      if (in.containsKey(f)) {
        it.put(f, Json.normalize(in.get(f)));
      }
    }
    if (it.get("product_variant_id") != null || it.get("product_variant_sku") != null
        || it.get("product_variant_barcode") != null) {
      it.put("product_variant", Catalog.productVariant(store, it.get("product_variant_id"),
          it.get("product_variant_sku"), it.get("product_variant_barcode"), it.get("product_id")));
    }
    if (it.get("product_id") != null) {
      it.put("product", Catalog.product(store, it.get("product_id")));
    }
    it.put("location", store.location(it.get("location_id")));
    it.put("updated_at", store.now());
  }

  private Reply createItem(Call c) {
    Map<String, Object> l = list(c);
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateItem(body, "", true, v);
    if (body.get("location_id") instanceof Long && store.location(body.get("location_id")) == null) {
      v.add("location_id", "The selected location id is invalid.");
    }
    v.throwIfAny();
    Map<String, Object> it = newItem(l, body);
    items(l).add(it);
    l.put("updated_at", store.now());
    return Reply.data(Shapes.LIST_ITEM.of(it));
  }

  private Reply updateItem(Call c) {
    Map<String, Object> l = list(c);
    Map<String, Object> it = Store.byId(items(l), c.param("itemId"), "List item");
    Map<String, Object> body = c.body();
    ApiException.Validation v = new ApiException.Validation();
    validateItem(body, "", false, v);
    if (body.get("location_id") instanceof Long && store.location(body.get("location_id")) == null) {
      v.add("location_id", "The selected location id is invalid.");
    }
    v.throwIfAny();
    applyItemFields(it, body);
    l.put("updated_at", store.now());
    return Reply.data(Shapes.LIST_ITEM.of(it));
  }

  /**
   * A new share on each call, its {@code handle} the share code, in the reference's shape
   * (docs.omneo.io/api-reference/share/add-share; docs.omneo.io/dev-guides/extensions/shopify-lists) with the
   * SDK's {@code product_list_id} (omneo-sdk src/types/list.ts).
   */
  @SuppressWarnings("unchecked")
  private Reply shareList(Call c) {
    Map<String, Object> l = list(c);
    String now = store.now();
    Map<String, Object> share = Catalog.map("id", store.nextId(Store.Counter.LIST_SHARE), "profile_id",
        c.target.id, "source_type", "list", "source_id", l.get("id"), "product_list_id", l.get("id"),
        "handle", code(10), "code", null,
        "timezone", "Australia/Melbourne", "period", null, "period_type", null, "absolute_expiry", null,
        "expires_at", null, "quantity", null, "remaining_quantity", null, "meta", null, "is_cloneable", false,
        "source", Catalog.map("id", l.get("id"), "name", l.get("name"), "handle", l.get("handle")),
        "created_at", now, "updated_at", now);
    if (!(l.get("shares") instanceof List)) {
      l.put("shares", new ArrayList<>());
    }
    ((List<Object>) l.get("shares")).add(share);
    l.put("is_shared", true);
    l.put("updated_at", now);
    return Reply.data(Shapes.LIST_SHARE.of(share));
  }
}
