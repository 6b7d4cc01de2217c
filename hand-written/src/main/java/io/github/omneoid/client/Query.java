package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query parameters for list and read operations, with literal keys as the ID API spells them:
 * {@code Query.of().filter("is_published", 1).sort("-created_at").pageSize(20)} sends
 * {@code filter[is_published]=1&sort=-created_at&page[size]=20}. Immutable: every method returns a new query.
 * Booleans are sent as {@code 1}/{@code 0}, as the API's filters expect. A null or blank key, a null value, or a
 * page number or size below 1 is refused with an {@link IllegalArgumentException}.
 */
public final class Query {

  private static final Query EMPTY = new Query(Collections.<String, String>emptyMap());

  private final Map<String, String> params;

  private Query(Map<String, String> params) {
    this.params = params;
  }

  /** @return the empty query, to add parameters to */
  public static Query of() {
    return EMPTY;
  }

  /**
   * Any parameter, key as sent, e.g. {@code param("filter[transacted_at]", "2025-01-01 00:00:00")}. Setting a key
   * again replaces its value.
   *
   * @param key the parameter's name, brackets included; not blank
   * @param value its value, sent as {@code String.valueOf(value)} ({@code 1}/{@code 0} for a boolean); not null
   * @return a new query with the parameter
   */
  public Query param(String key, Object value) {
    Arguments.requireText(key, "key");
    if (value == null) {
      throw new IllegalArgumentException("value of query parameter '" + key + "' must not be null");
    }
    Map<String, String> copy = new LinkedHashMap<>(params);
    copy.put(key, value instanceof Boolean ? ((Boolean) value ? "1" : "0") : String.valueOf(value));
    return new Query(Collections.unmodifiableMap(copy));
  }

  /**
   * {@code filter[field]=value}.
   *
   * @param field the field to filter on, e.g. {@code is_published}; not blank
   * @param value the value to match; not null
   * @return a new query with the filter
   */
  public Query filter(String field, Object value) {
    return param("filter[" + Arguments.requireText(field, "field") + "]", value);
  }

  /**
   * {@code sort=a,-b}: a leading {@code -} sorts descending.
   *
   * @param fields one or more fields, in order of precedence; none blank
   * @return a new query with the sort
   */
  public Query sort(String... fields) {
    return param("sort", joined(fields, "fields"));
  }

  /**
   * {@code include=a,b}: related objects to embed.
   *
   * @param relations one or more relations, e.g. {@code tier}; none blank
   * @return a new query with the includes
   */
  public Query include(String... relations) {
    return param("include", joined(relations, "relations"));
  }

  /**
   * {@code page[number]}: which page to read.
   *
   * @param number the page, from 1
   * @return a new query with the page number
   */
  public Query page(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("page number must be at least 1, was " + number);
    }
    return param("page[number]", number);
  }

  /**
   * {@code page[size]}: how many items a page holds; without it the server decides.
   *
   * @param size at least 1
   * @return a new query with the page size
   */
  public Query pageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1, was " + size);
    }
    return param("page[size]", size);
  }

  /**
   * Locations: {@code filter[is_published]}.
   *
   * @param published true for published stores only, false for unpublished ones
   * @return a new query with the filter
   */
  public Query published(boolean published) {
    return filter("is_published", published);
  }

  /**
   * Locations: {@code filter[is_permanently_closed]}.
   *
   * @param closed true for closed stores only, false for stores not permanently closed
   * @return a new query with the filter
   */
  public Query permanentlyClosed(boolean closed) {
    return filter("is_permanently_closed", closed);
  }

  /** @return the parameters, read-only, in the order their keys were first added */
  public Map<String, String> toMap() {
    return params;
  }

  private static String joined(String[] values, String name) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    StringBuilder text = new StringBuilder();
    for (String value : values) {
      text.append(text.length() == 0 ? "" : ",").append(Arguments.requireText(value, name));
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query && ((Query) o).params.equals(params);
  }

  @Override
  public int hashCode() {
    return params.hashCode();
  }

  @Override
  public String toString() {
    return "Query" + params;
  }
}
