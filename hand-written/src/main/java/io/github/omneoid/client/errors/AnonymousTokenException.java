package io.github.omneoid.client.errors;

/** An anonymous token (no profile) was used for an operation that needs a profile, such as anything under {@code /profiles/me}; the server would answer 404. */
public class AnonymousTokenException extends TokenException {

  private static final long serialVersionUID = 1L;

  public AnonymousTokenException(String message) {
    super(message);
  }
}
