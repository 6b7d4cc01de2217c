package io.github.omneoid.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * A problem with the ID token found on this side, before any request was sent: the base of
 * {@link MalformedTokenException}, {@link TokenExpiredException}, {@link MissingTokenException} and
 * {@link AnonymousTokenException}.
 */
public class TokenException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the token; never the token itself
   */
  public TokenException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the token; never the token itself
   * @param cause the underlying failure, or null
   */
  public TokenException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
