package io.github.omneoid.client.internal;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The checks every request passes on its way out, in one place (the {@link CallPipeline} runs them first): its
 * method is an HTTP token, so no line break or space can smuggle a second request line or header onto the wire
 * beside the token; a {@code ;} in a path segment is percent-encoded, so {@code ..;} cannot be read as a dot segment
 * with a parameter by a server or a proxy. Header values need no check here: OkHttp refuses a line break in one.
 * The text a caller hands over (paths, query values, credentials) is checked before it becomes a request, with
 * {@link #requireWellFormed} and {@link #requireHeaderValue}.
 */
public final class RequestGuard {

  /** RFC 9110 section 5.6.2: {@code tchar} besides letters and digits. */
  private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

  private RequestGuard() {
  }

  /** @return the request, with any {@code ;} in its path segments percent-encoded; refuses a bad method */
  static Request checked(Request request) {
    requireMethod(request.method());
    HttpUrl url = request.url();
    if (url.toString().indexOf(';') < 0) {
      return request; // the common case, without building the path string (a ';' elsewhere takes the long way)
    }
    HttpUrl.Builder encoded = url.newBuilder();
    List<String> segments = url.encodedPathSegments();
    for (int i = 0; i < segments.size(); i++) {
      encoded.setEncodedPathSegment(i, segments.get(i).replace(";", "%3B"));
    }
    return request.newBuilder().url(encoded.build()).build();
  }

  /**
   * @return the method, unchanged
   * @throws IllegalArgumentException unless it is an HTTP token (RFC 9110): ASCII letters, digits and
   *     {@code !#$%&'*+-.^_`|~}, at least one
   */
  public static String requireMethod(String method) {
    if (method == null || method.isEmpty()) {
      throw new IllegalArgumentException("method must not be empty");
    }
    for (int i = 0; i < method.length(); i++) {
      char c = method.charAt(i);
      boolean tchar = c < 128 && (Character.isLetterOrDigit(c) || TCHAR_SYMBOLS.indexOf(c) >= 0);
      if (!tchar) {
        throw new IllegalArgumentException("method must be an HTTP token (RFC 9110: letters, digits and"
            + " !#$%&'*+-.^_`|~), but has " + describe(c) + " at index " + i);
      }
    }
    return method;
  }

  /**
   * For a credential that goes into a header: printable ASCII without spaces, as a bearer token is (RFC 6750).
   * The message names the argument and the offending character, never the value.
   *
   * @return the value, unchanged
   */
  public static String requireHeaderValue(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 127) {
        throw new IllegalArgumentException(name + " must be printable ASCII without spaces or line breaks, but has "
            + describe(c) + " at index " + i);
      }
    }
    return value;
  }

  /**
   * Text that is sent as UTF-8 must be well-formed UTF-16: a lone surrogate would go out as {@code ?}, silently a
   * different value.
   *
   * @return the text, unchanged
   * @throws IllegalArgumentException naming {@code name} and the index of a lone surrogate
   */
  public static String requireWellFormed(String text, String name) {
    int at = loneSurrogate(text);
    if (at >= 0) {
      throw new IllegalArgumentException(name + " has a lone surrogate (" + describe(text.charAt(at)) + ") at index "
          + at + ": it is not text and cannot be sent as UTF-8");
    }
    return text;
  }

  /** @return the index of the first surrogate that is not half of a pair, or -1 */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(char c) {
    return String.format("U+%04X", (int) c);
  }
}
