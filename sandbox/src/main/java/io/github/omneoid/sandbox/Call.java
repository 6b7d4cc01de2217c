package io.github.omneoid.sandbox;

import java.util.List;
import java.util.Map;

/** One request as the handlers see it. */
final class Call {
  final String method;
  /** Path relative to the API base, e.g. {@code /profiles/me/lists/wishlist}. */
  final String path;
  final Map<String, String> params;
  final Map<String, List<String>> query;
  final String rawBody;
  /** {@code http://host:port}, from the request's Host header, for absolute pagination links. */
  final String origin;
  final TokenService.Principal principal;
  /** The profile a {@code /profiles/me} or connection-scoped call acts on (null elsewhere). */
  Store.Profile target;
  private Object parsed;
  private boolean isParsed;
  private boolean limitsChecked;

  Call(String method, String path, Map<String, String> params, Map<String, List<String>> query, String rawBody,
      String origin, TokenService.Principal principal) {
    this.method = method;
    this.path = path;
    this.params = params;
    this.query = query;
    this.rawBody = rawBody;
    this.origin = origin;
    this.principal = principal;
  }

  String param(String name) {
    return params.get(name);
  }

  String q(String name) {
    return Query.first(query, name);
  }

  /** Absolute URL of this path (no query), for {@code meta.path} and links. */
  String pathUrl() {
    return origin + OmneoIdSandbox.BASE_PATH + path;
  }

  /** The JSON body; an empty body reads as {@code null}. Malformed JSON is a 400. */
  Object json() {
    if (!isParsed) {
      isParsed = true;
      if (rawBody == null || rawBody.chars().allMatch(ch -> ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
        parsed = null;
      } else {
        try {
          parsed = Json.parse(rawBody);
        } catch (Json.MalformedJsonException e) {
          throw ApiException.badRequest("Malformed JSON body: " + e.getMessage());
        } catch (Limits.Exceeded e) {
          throw e.toApi();
        }
      }
    }
    return parsed;
  }

  /**
   * The body as a JSON object; absent means {}, anything but an object is a 400, and a field beyond the
   * {@link Limits} (too deep, a number out of range) is a 422 naming it, so it is never stored.
   */
  Map<String, Object> body() {
    Object j = json();
    if (j == null) {
      return new java.util.LinkedHashMap<>();
    }
    if (!(j instanceof Map)) {
      throw ApiException.badRequest("The request body must be a JSON object.");
    }
    Map<String, Object> body = Json.asMap(j);
    if (!limitsChecked) {
      limitsChecked = true;
      ApiException.Validation v = new ApiException.Validation();
      Limits.check(body, v);
      v.throwIfAny();
    }
    return body;
  }
}
