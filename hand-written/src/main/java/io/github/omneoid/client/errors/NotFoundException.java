package io.github.omneoid.client.errors;

/** HTTP 404: no such resource — and also what the ID API answers when an anonymous token asks for {@code /profiles/me}. */
public class NotFoundException extends OmneoIdHttpException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(HttpErrorDetails details) {
    super(details);
  }
}
