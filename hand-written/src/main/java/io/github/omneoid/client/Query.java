package io.github.omneoid.client;

import io.github.omneoid.client.internal.Arguments;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Query parameters for list and read operations, with literal keys as the ID API spells them:
 * {@code Query.of().filter("is_published", 1).sort("-created_at").pageSize(20)} sends
 * {@code filter[is_published]=1&sort=-created_at&page[size]=20}. Immutable: every method returns a new query.
 * Booleans are sent as {@code 1}/{@code 0}, as the API's filters expect. A key can also repeat with several values:
 * {@code Query.of().params("tags[]", "csv", "download")} sends {@code tags[]=csv&tags[]=download} (the benefits
 * filter of docs.omneo.io/reference/indexprofilebenefit-1). A null or blank key, a null value, a collection or
 * array given to {@link #param} (use {@link #params}), no values for {@link #params}, or a page number or size
 * below 1 is refused with an {@link IllegalArgumentException}.
 */
public final class Query {

  private static final Query EMPTY = new Query(Collections.<String, List<String>>emptyMap());

  /** Key → its values in the order given; every list non-empty and read-only. */
  private final Map<String, List<String>> params;

  private Query(Map<String, List<String>> params) {
    this.params = params;
  }

  /** @return the empty query, to add parameters to */
  public static Query of() {
    return EMPTY;
  }

  /**
   * Any parameter, key as sent, e.g. {@code param("filter[transacted_at]", "2025-01-01 00:00:00")}. Setting a key
   * again replaces its value (or values).
   *
   * @param key the parameter's name, brackets included; not blank
   * @param value its value, sent as {@code String.valueOf(value)} ({@code 1}/{@code 0} for a boolean); not null, not
   *     a collection or array (give several values to {@link #params(String, Object...)})
   * @return a new query with the parameter
   */
  public Query param(String key, Object value) {
    Arguments.requireText(key, "key");
    if (value instanceof Iterable || value != null && value.getClass().isArray()) {
      throw new IllegalArgumentException("value of query parameter '" + key + "' is a collection: use params(\""
          + key + "\", ...) to repeat the key once per value");
    }
    return with(key, Collections.singletonList(text(key, value)));
  }

  /**
   * A key repeated once per value, in order: {@code params("tags[]", "csv", "download")} sends
   * {@code tags[]=csv&tags[]=download}. Replaces what the key had.
   *
   * @param key the parameter's name as sent, brackets included (the API's list keys end in {@code []}); not blank
   * @param values one or more values, each sent as {@link #param} sends one; none null
   * @return a new query with the parameter
   */
  public Query params(String key, Object... values) {
    Arguments.requireText(key, "key");
    if (values == null) {
      throw new IllegalArgumentException("values of query parameter '" + key + "' must not be null");
    }
    return params(key, Arrays.asList(values));
  }

  /**
   * As {@link #params(String, Object...)}, with the values of a collection.
   *
   * @param key the parameter's name as sent; not blank
   * @param values one or more values; none null
   * @return a new query with the parameter
   */
  public Query params(String key, Iterable<?> values) {
    Arguments.requireText(key, "key");
    if (values == null) {
      throw new IllegalArgumentException("values of query parameter '" + key + "' must not be null");
    }
    List<String> texts = new ArrayList<>();
    for (Object value : values) {
      texts.add(text(key, value));
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("query parameter '" + key + "' needs at least one value");
    }
    return with(key, Collections.unmodifiableList(texts));
  }

  private static String text(String key, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("value of query parameter '" + key + "' must not be null");
    }
    return value instanceof Boolean ? ((Boolean) value ? "1" : "0") : String.valueOf(value);
  }

  private Query with(String key, List<String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(params);
    copy.put(key, values);
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

  /**
   * The parameters as sent, read-only, in the order their keys were first added: one entry per value, so a key given
   * several values ({@link #params}) appears once per value in {@link Map#entrySet()} and is sent repeated by
   * whatever iterates it (the generated Retrofit calls' {@code @QueryMap}). {@link Map#get} gives a key's first value;
   * {@link #toMultimap()} is the plain view.
   *
   * @return the parameters as sent
   */
  public Map<String, String> toMap() {
    return new SentForm(params);
  }

  /** @return key → its values, read-only, in the order the keys were first added */
  public Map<String, List<String>> toMultimap() {
    return params;
  }

  /**
   * @param key a parameter's name
   * @return its values in order, read-only; empty when the query does not have it
   */
  public List<String> values(String key) {
    List<String> values = params.get(key);
    return values == null ? Collections.<String>emptyList() : values;
  }

  /** One entry per value (see {@link #toMap()}); a key of several values repeats. */
  private static final class SentForm extends AbstractMap<String, String> {
    private final Map<String, List<String>> params;

    SentForm(Map<String, List<String>> params) {
      this.params = params;
    }

    @Override
    public @Nullable String get(@Nullable Object key) {
      List<String> values = params.get(key);
      return values == null ? null : values.get(0);
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return params.containsKey(key);
    }

    @Override
    public boolean isEmpty() {
      return params.isEmpty();
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return new AbstractSet<Map.Entry<String, String>>() {
        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
          List<Map.Entry<String, String>> entries = new ArrayList<>();
          for (Map.Entry<String, List<String>> param : params.entrySet()) {
            for (String value : param.getValue()) {
              entries.add(new AbstractMap.SimpleImmutableEntry<>(param.getKey(), value));
            }
          }
          return Collections.unmodifiableList(entries).iterator();
        }

        @Override
        public int size() {
          int size = 0;
          for (List<String> values : params.values()) {
            size += values.size();
          }
          return size;
        }
      };
    }
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
  public boolean equals(@Nullable Object o) {
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
