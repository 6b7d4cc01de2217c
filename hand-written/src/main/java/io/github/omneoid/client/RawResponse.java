package io.github.omneoid.client;

import com.squareup.moshi.JsonReader;
import io.github.omneoid.client.errors.InvalidResponseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.Headers;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * An untyped call's response as it came, whatever its status: {@code id.withRawResponse().call("GET", "/x")}.
 * Error bodies are cut at {@link io.github.omneoid.client.errors.OmneoIdHttpException#BODY_CAP} bytes, as
 * everywhere in the client. Immutable.
 */
public final class RawResponse {

  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;

  RawResponse(int status, Map<String, List<String>> headers, String body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** @return the HTTP status, e.g. 200 or 422 */
  public int status() {
    return status;
  }

  /** @return whether the status is 2xx */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** @return the headers, names in lower case, values in the order sent */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** @return the server's request id ({@code X-Request-Id}), if it sent one */
  public Optional<String> requestId() {
    return first(headers, "x-request-id");
  }

  /** @return the body as text (UTF-8 unless the response says otherwise); empty when there was none */
  public String body() {
    return body;
  }

  /**
   * The body read as JSON with every number exact: maps (in the order sent), lists, strings, booleans, null, and
   * numbers as {@link BigDecimal} — so {@code 9007199254740993} stays {@code 9007199254740993}.
   *
   * @return the JSON value, or null for an empty body
   * @throws InvalidResponseException when the body is not JSON
   */
  public @Nullable Object json() {
    if (body.isEmpty()) {
      return null;
    }
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("more than one JSON value");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw new InvalidResponseException("The " + status + " response's body is not JSON: " + e.getMessage(), e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        return reader.nextString();
    }
  }

  static Map<String, List<String>> headerMap(Headers headers) {
    Map<String, List<String>> map = new TreeMap<>();
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(headers.value(i));
    }
    map.replaceAll((name, values) -> Collections.unmodifiableList(values));
    return Collections.unmodifiableMap(map);
  }

  static Optional<String> first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + status + ", requestId=" + requestId().orElse("none") + "}";
  }
}
