package io.github.omneoid.client.errors;

/** The client has no token: none was given, or {@code reset()} cleared it, and there is no token source. */
public class MissingTokenException extends TokenException {

  private static final long serialVersionUID = 1L;

  public MissingTokenException(String message) {
    super(message);
  }
}
