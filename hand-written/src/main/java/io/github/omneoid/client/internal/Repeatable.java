package io.github.omneoid.client.internal;

/**
 * Request tag: this POST may be sent twice without harm (minting a token), so the retry policy treats it like a
 * GET. Set with {@code request.newBuilder().tag(Repeatable.class, Repeatable.INSTANCE)}.
 */
public enum Repeatable {
  INSTANCE;

  static boolean isRepeatable(okhttp3.Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
        return true;
      default:
        return request.tag(Repeatable.class) != null;
    }
  }
}
