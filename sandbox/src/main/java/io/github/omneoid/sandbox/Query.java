package io.github.omneoid.sandbox;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API's query conventions (spec/omneo-id.yaml, "Query conventions") applied to in-memory collections:
 * {@code filter[<field>]=<value>} (dotted paths reach into nested objects and arrays), {@code sort=<field>} /
 * {@code sort=-<field>}, repeated list keys {@code <field>[]=a&<field>[]=b} (any of the values; the benefits
 * filter {@code tags[]=csv&tags[]=download} of docs.omneo.io/reference/indexprofilebenefit-1), and paging with
 * {@code page[size]} / {@code page[number]} (also {@code per_page} / {@code page}) into the spec's paging envelopes.
 */
final class Query {
  static final int DEFAULT_PAGE_SIZE = 15;

  private Query() {}

  /** All {@code filter[x]} keys of the query, in order, with their first value. */
  static Map<String, String> filters(Map<String, List<String>> query) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String k = e.getKey();
      if (k.startsWith("filter[") && k.endsWith("]") && k.length() > 8 && !e.getValue().isEmpty()) {
        out.put(k.substring(7, k.length() - 1), e.getValue().get(0));
      }
    }
    return out;
  }

  /**
   * The repeated list keys of the query ({@code tags[]=csv&tags[]=download}): field → every value given. Keys of
   * the {@code filter[...]} and {@code page[...]} families are not list keys.
   */
  static Map<String, List<String>> listKeys(Map<String, List<String>> query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String k = e.getKey();
      if (k.endsWith("[]") && k.length() > 2 && k.indexOf('[') == k.length() - 2 && !e.getValue().isEmpty()) {
        out.put(k.substring(0, k.length() - 2), e.getValue());
      }
    }
    return out;
  }

  /**
   * Items whose {@code field}, or their definition's (benefits carry their tags on the definition), holds any of
   * the values of each list key.
   */
  static List<Map<String, Object>> anyOf(List<Map<String, Object>> items, Map<String, List<String>> listKeys) {
    if (listKeys.isEmpty()) {
      return items;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> item : items) {
      if (listKeys.entrySet().stream().allMatch(key -> key.getValue().stream().anyMatch(value ->
          matches(item, new String[] {key.getKey()}, 0, value)
              || matches(item, new String[] {"definition", key.getKey()}, 0, value)))) {
        out.add(item);
      }
    }
    return out;
  }

  static List<Map<String, Object>> filter(List<Map<String, Object>> items, Map<String, String> filters) {
    if (filters.isEmpty()) {
      return items;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> item : items) {
      if (matchesAll(item, filters)) {
        out.add(item);
      }
    }
    return out;
  }

  static boolean matchesAll(Map<String, Object> item, Map<String, String> filters) {
    for (Map.Entry<String, String> f : filters.entrySet()) {
      if (!matches(item, f.getKey().split("\\."), 0, f.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the value at the dotted path (any array element along the way) equals the filter value. */
  @SuppressWarnings("unchecked")
  static boolean matches(Object node, String[] path, int at, String value) {
    if (node instanceof List) {
      for (Object o : (List<Object>) node) {
        if (matches(o, path, at, value)) {
          return true;
        }
      }
      return at == path.length && ((List<Object>) node).isEmpty() && value.isEmpty();
    }
    if (at == path.length) {
      if (leafEquals(node, value)) {
        return true;
      }
      if (value.indexOf(',') >= 0) { // the official SDK joins arrays with commas: "any of"
        for (String v : value.split(",")) {
          if (leafEquals(node, v.trim())) {
            return true;
          }
        }
      }
      return false;
    }
    if (!(node instanceof Map)) {
      return false;
    }
    Map<String, Object> map = (Map<String, Object>) node;
    return matches(map.get(path[at]), path, at + 1, value);
  }

  static boolean leafEquals(Object leaf, String v) {
    if (leaf == null) {
      return v.isEmpty() || "null".equalsIgnoreCase(v);
    }
    if (leaf instanceof Boolean) {
      Boolean b = parseBool(v);
      return b != null && b.equals(leaf);
    }
    if (leaf instanceof Number) {
      try {
        String t = v.trim();
        return t.length() <= Limits.MAX_NUMBER_CHARS && new BigDecimal(t).compareTo(Money.of(leaf)) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (leaf instanceof Map) {
      return false;
    }
    // MySQL's default collation compares case-insensitively; so do we.
    return String.valueOf(leaf).equalsIgnoreCase(v);
  }

  static Boolean parseBool(String v) {
    switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
        return Boolean.TRUE;
      case "0":
      case "false":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** {@code sort=a,-b}: ascending by a, then descending by b; nulls last. */
  static List<Map<String, Object>> sort(List<Map<String, Object>> items, String sort) {
    if (sort == null || sort.trim().isEmpty()) {
      return items;
    }
    Comparator<Map<String, Object>> cmp = null;
    for (String raw : sort.split(",")) {
      String s = raw.trim();
      if (s.isEmpty()) {
        continue;
      }
      boolean desc = s.startsWith("-");
      String field = desc ? s.substring(1) : s;
      Comparator<Map<String, Object>> c = (a, b) -> compareValues(a.get(field), b.get(field), desc);
      cmp = cmp == null ? c : cmp.thenComparing(c);
    }
    if (cmp == null) {
      return items;
    }
    List<Map<String, Object>> out = new ArrayList<>(items);
    out.sort(cmp);
    return out;
  }

  private static int compareValues(Object a, Object b, boolean desc) {
    if (a == null || b == null) {
      return a == b ? 0 : (a == null ? 1 : -1);
    }
    int c;
    if (a instanceof Number && b instanceof Number) {
      c = Money.of(a).compareTo(Money.of(b));
    } else {
      c = String.valueOf(a).compareTo(String.valueOf(b));
    }
    return desc ? -c : c;
  }

  static int intParam(Map<String, List<String>> query, int dflt, String... names) {
    for (String n : names) {
      List<String> v = query.get(n);
      if (v != null && !v.isEmpty()) {
        try {
          int i = Integer.parseInt(v.get(0).trim());
          if (i >= 1) {
            return i;
          }
        } catch (NumberFormatException ignored) {
          // fall back to the default, as Laravel's paginator does for junk
        }
      }
    }
    return dflt;
  }

  static String first(Map<String, List<String>> query, String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** One page of already filtered items, as an immutable-by-convention slice plus the paging numbers. */
  static final class Slice {
    final List<Map<String, Object>> data;
    final int page;
    final int size;
    final int total;
    final int lastPage;
    final Integer from;
    final Integer to;

    Slice(List<Map<String, Object>> all, int page, int size) {
      this.page = page;
      this.size = size;
      this.total = all.size();
      this.lastPage = Math.max(1, (total + size - 1) / size);
      long start = (long) (page - 1) * size;
      if (start >= total) {
        this.data = new ArrayList<>();
        this.from = null;
        this.to = null;
      } else {
        int end = (int) Math.min(total, start + size);
        this.data = new ArrayList<>(all.subList((int) start, end));
        this.from = (int) start + 1;
        this.to = end;
      }
    }
  }

  static Slice slice(List<Map<String, Object>> all, Map<String, List<String>> query) {
    int size = intParam(query, DEFAULT_PAGE_SIZE, "page[size]", "per_page");
    int page = intParam(query, 1, "page[number]", "page");
    return new Slice(all, page, size);
  }

  /** Absolute URL of page {@code n}: the request's other query keys kept, {@code page[number]} replaced. */
  static String pageUrl(String pathUrl, Map<String, List<String>> query, int n) {
    StringBuilder sb = new StringBuilder(pathUrl).append('?');
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String k = e.getKey();
      if (k.equals("page[number]") || k.equals("page")) {
        continue;
      }
      for (String v : e.getValue()) {
        sb.append(enc(k)).append('=').append(enc(v)).append('&');
      }
    }
    sb.append(enc("page[number]")).append('=').append(n);
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<Object> metaLinks(String pathUrl, Map<String, List<String>> query, Slice s) {
    List<Object> links = new ArrayList<>();
    links.add(link(s.page > 1 ? pageUrl(pathUrl, query, s.page - 1) : null, "&laquo; Previous", false));
    for (int i = 1; i <= s.lastPage; i++) {
      links.add(link(pageUrl(pathUrl, query, i), Integer.toString(i), i == s.page));
    }
    links.add(link(s.page < s.lastPage ? pageUrl(pathUrl, query, s.page + 1) : null, "Next &raquo;", false));
    return links;
  }

  private static Map<String, Object> link(String url, String label, boolean active) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", url);
    m.put("label", label);
    m.put("active", active);
    return m;
  }

  /** Laravel's resource-collection page, the spec's {@code Page}: {@code {data, links, meta}}. */
  static Map<String, Object> page(List<Map<String, Object>> all, Map<String, List<String>> query, String pathUrl) {
    Slice s = slice(all, query);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("first", pageUrl(pathUrl, query, 1));
    links.put("last", pageUrl(pathUrl, query, s.lastPage));
    links.put("prev", s.page > 1 ? pageUrl(pathUrl, query, Math.min(s.page - 1, s.lastPage)) : null);
    links.put("next", s.page < s.lastPage ? pageUrl(pathUrl, query, s.page + 1) : null);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("current_page", (long) s.page);
    meta.put("from", s.from == null ? null : (long) s.from);
    meta.put("last_page", (long) s.lastPage);
    meta.put("links", metaLinks(pathUrl, query, s));
    meta.put("path", pathUrl);
    meta.put("per_page", (long) s.size);
    meta.put("to", s.to == null ? null : (long) s.to);
    meta.put("total", (long) s.total);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("data", new ArrayList<Object>(s.data));
    out.put("links", links);
    out.put("meta", meta);
    return out;
  }

  /** Laravel's flat paginator (only {@code group_transactions} answers it). */
  static Map<String, Object> flatPage(List<Map<String, Object>> all, Map<String, List<String>> query,
      String pathUrl) {
    Slice s = slice(all, query);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("current_page", (long) s.page);
    out.put("data", new ArrayList<Object>(s.data));
    out.put("first_page_url", pageUrl(pathUrl, query, 1));
    out.put("from", s.from == null ? null : (long) s.from);
    out.put("last_page", (long) s.lastPage);
    out.put("last_page_url", pageUrl(pathUrl, query, s.lastPage));
    out.put("links", metaLinks(pathUrl, query, s));
    out.put("next_page_url", s.page < s.lastPage ? pageUrl(pathUrl, query, s.page + 1) : null);
    out.put("path", pathUrl);
    out.put("per_page", (long) s.size);
    out.put("prev_page_url", s.page > 1 ? pageUrl(pathUrl, query, Math.min(s.page - 1, s.lastPage)) : null);
    out.put("to", s.to == null ? null : (long) s.to);
    out.put("total", (long) s.total);
    return out;
  }
}
