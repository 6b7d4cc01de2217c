package io.github.omneoid.client.errors;

/** A problem with the ID token found on this side, before any request was sent. */
public class TokenException extends OmneoIdException {

  private static final long serialVersionUID = 1L;

  public TokenException(String message) {
    super(message);
  }

  public TokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
