package io.github.omneoid.client.internal;

import java.util.List;
import okhttp3.HttpUrl;

/**
 * Scopes the profile tree to a connected profile: {@code /profiles/me/...} becomes
 * {@code /profiles/connection/{id}/...} (spec: "connection-scoped tree"; the spec's connection twins have exactly
 * these paths). The transport applies it when it turns a request into a call, before the call pipeline, so the
 * listener, retries and errors all see the path that is sent. Only a connection view's transport has one; the root
 * client never does (the JS SDK's {@code Connection()} rewires the shared client instead).
 */
final class ProfileScope {

  private final int baseSegmentCount;
  private final String connectionId;

  ProfileScope(HttpUrl baseUrl, long connectionId) {
    List<String> segments = baseUrl.pathSegments();
    this.baseSegmentCount = segments.get(segments.size() - 1).isEmpty() ? segments.size() - 1 : segments.size();
    this.connectionId = Long.toString(connectionId);
  }

  /** @return the URL with {@code /profiles/me} replaced, or the URL itself when it is not under it */
  HttpUrl apply(HttpUrl url) {
    List<String> segments = url.pathSegments();
    int at = baseSegmentCount;
    if (segments.size() < at + 2 || !"profiles".equals(segments.get(at)) || !"me".equals(segments.get(at + 1))) {
      return url;
    }
    List<String> encoded = url.encodedPathSegments();
    HttpUrl.Builder rebuilt = url.newBuilder().encodedPath("/");
    for (int i = 0; i < encoded.size(); i++) {
      rebuilt.addEncodedPathSegment(i == at + 1 ? "connection" : encoded.get(i));
      if (i == at + 1) {
        rebuilt.addEncodedPathSegment(connectionId);
      }
    }
    return rebuilt.build();
  }
}
