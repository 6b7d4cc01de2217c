package io.github.omneoid.client.internal;

import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * Scopes the profile tree to a connected profile: {@code /profiles/me/...} becomes
 * {@code /profiles/connection/{id}/...} (spec: "connection-scoped tree"). It lives only in the client
 * of a connection view; the root client never has it (the JS SDK's {@code Connection()} rewires the shared client
 * instead).
 */
final class ProfileScopeInterceptor implements Interceptor {

  private final int baseSegmentCount;
  private final String connectionId;

  ProfileScopeInterceptor(HttpUrl baseUrl, long connectionId) {
    List<String> segments = baseUrl.pathSegments();
    this.baseSegmentCount = segments.get(segments.size() - 1).isEmpty() ? segments.size() - 1 : segments.size();
    this.connectionId = Long.toString(connectionId);
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    List<String> segments = request.url().pathSegments();
    int at = baseSegmentCount;
    if (segments.size() < at + 2 || !"profiles".equals(segments.get(at)) || !"me".equals(segments.get(at + 1))) {
      return chain.proceed(request);
    }
    List<String> encoded = request.url().encodedPathSegments();
    HttpUrl.Builder rebuilt = request.url().newBuilder().encodedPath("/");
    for (int i = 0; i < encoded.size(); i++) {
      rebuilt.addEncodedPathSegment(i == at + 1 ? "connection" : encoded.get(i));
      if (i == at + 1) {
        rebuilt.addEncodedPathSegment(connectionId);
      }
    }
    return chain.proceed(request.newBuilder().url(rebuilt.build()).build());
  }
}
