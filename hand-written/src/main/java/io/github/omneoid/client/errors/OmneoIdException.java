package io.github.omneoid.client.errors;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this client throws. All are unchecked; none ever carries a token in its message:
 * the message is the library's own words (see the package documentation for what goes in it), and anything
 * JWT-shaped that reaches it — three dot-separated base64url segments, the first starting {@code ey} as every
 * base64url JSON header does — is replaced by {@code ***}, whoever built the message.
 * Thrown as itself only for what fits no subclass, e.g. a thread interrupted while it waited for a new ID token.
 */
public class OmneoIdException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private static final Pattern JWT_SHAPED =
      Pattern.compile("ey[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_+/=-]+\\.[A-Za-z0-9_-]*");

  /**
   * Creates the exception.
   *
   * @param message what went wrong; anything JWT-shaped in it is replaced by {@code ***}
   */
  public OmneoIdException(String message) {
    super(redacted(message));
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong; anything JWT-shaped in it is replaced by {@code ***}
   * @param cause the underlying failure, or null
   */
  public OmneoIdException(String message, @Nullable Throwable cause) {
    super(redacted(message), cause);
  }

  private static String redacted(String message) {
    return message == null || !message.contains("ey") ? message : JWT_SHAPED.matcher(message).replaceAll("***");
  }
}
