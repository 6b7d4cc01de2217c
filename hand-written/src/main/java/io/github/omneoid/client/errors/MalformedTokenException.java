package io.github.omneoid.client.errors;

/** The text is not an Omneo ID token: not three base64url JWT segments, no JSON payload, or no {@code pid}/{@code exp} claims. The message says which, never the token. */
public class MalformedTokenException extends TokenException {

  private static final long serialVersionUID = 1L;

  public MalformedTokenException(String message) {
    super(message);
  }
}
