package io.github.omneoid.client;

import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.OmneoIdHttpException;
import io.github.omneoid.client.errors.ServerException;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Run by {@link HostileServerTest} in a JVM of its own with a small heap ({@code -Xmx256m}): every hostile body of
 * the issue — a 1 GiB error page, an endless chunked one, a 1 GiB success body — on typed calls, the escape hatch
 * and minting, each against the real defaults. Without the body limits each of them ends in
 * {@code OutOfMemoryError}. Prints one line per case and exits 0 only if every case ends as documented.
 */
public final class SmallHeapMain {

  private SmallHeapMain() {
  }

  public static void main(String[] args) throws Exception {
    Instant now = Instant.now();
    String jwt = TestTokens.profileJwt("p-1", now, now.plusSeconds(3600));
    for (EndlessServer.Framing framing : EndlessServer.Framing.values()) {
      try (EndlessServer errors = new EndlessServer(500, framing, "<html>", (byte) 'x');
          EndlessServer successes = new EndlessServer(200, framing, "{\"data\":{\"first_name\":\"", (byte) 'a')) {
        OmneoId onErrors = OmneoId.builder().baseUrl(errors.baseUrl()).retryPolicy(RetryPolicy.none())
            .idToken(jwt).build();
        OmneoIdAdmin admin = OmneoIdAdmin.builder().baseUrl(errors.baseUrl()).retryPolicy(RetryPolicy.none())
            .apiToken(TestTokens.ADMIN_TOKEN).build();
        OmneoId onSuccesses = OmneoId.builder().baseUrl(successes.baseUrl()).retryPolicy(RetryPolicy.none())
            .idToken(jwt).build();

        expect("500 " + framing + " typed", ServerException.class, () -> onErrors.profile().get());
        expect("500 " + framing + " call", ServerException.class, () -> onErrors.call("GET", "/locations"));
        expect("500 " + framing + " mint", ServerException.class,
            () -> admin.auth().requestAuthToken(AuthTokenRequest.forProfile("p-1")));
        expect("200 " + framing + " typed", InvalidResponseException.class, () -> onSuccesses.profile().get());
        expect("200 " + framing + " call", InvalidResponseException.class,
            () -> onSuccesses.call("GET", "/profiles/me"));
      }
    }
    System.out.println("all cases bounded, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
  }

  private static void expect(String name, Class<? extends RuntimeException> type, Supplier<?> call) {
    try {
      call.get();
    } catch (RuntimeException e) {
      if (!type.isInstance(e)) {
        throw new AssertionError(name + ": expected " + type.getSimpleName() + ", got " + e, e);
      }
      if (e instanceof OmneoIdHttpException && ((OmneoIdHttpException) e).body().length() > OmneoIdHttpException.BODY_CAP) {
        throw new AssertionError(name + ": body longer than the cap");
      }
      System.out.println(name + ": " + e.getClass().getSimpleName());
      return;
    }
    throw new AssertionError(name + ": expected " + type.getSimpleName() + ", got a value");
  }
}
