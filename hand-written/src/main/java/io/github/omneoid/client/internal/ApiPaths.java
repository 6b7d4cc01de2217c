package io.github.omneoid.client.internal;

import java.util.List;
import okhttp3.HttpUrl;

/** Paths relative to the API base URL, e.g. {@code /profiles/me/lists} under {@code .../id/api/v1}. */
final class ApiPaths {

  private final List<String> baseSegments;

  ApiPaths(HttpUrl baseUrl) {
    List<String> segments = baseUrl.pathSegments();
    // A base URL ending in '/' has one empty last segment.
    this.baseSegments = segments.get(segments.size() - 1).isEmpty()
        ? segments.subList(0, segments.size() - 1) : segments;
  }

  /** @return the path below the base URL, with a leading '/', still percent-encoded */
  String relative(HttpUrl url) {
    List<String> encoded = url.encodedPathSegments();
    StringBuilder path = new StringBuilder();
    for (int i = baseSegments.size(); i < encoded.size(); i++) {
      path.append('/').append(encoded.get(i));
    }
    return path.length() == 0 ? "/" : path.toString();
  }

  /**
   * @return whether the route acts on a profile the token must be bound to (/profiles/me/**, connections), in any
   *     case: a server may route {@code /Profiles/ME} there too
   */
  boolean needsProfile(HttpUrl url) {
    List<String> segments = url.pathSegments();
    int at = baseSegments.size();
    if (segments.size() < at + 2 || !"profiles".equalsIgnoreCase(segments.get(at))) {
      return false;
    }
    String scope = segments.get(at + 1);
    return "me".equalsIgnoreCase(scope) || "connection".equalsIgnoreCase(scope);
  }
}
