package io.github.omneoid.examples;

import io.github.omneoid.client.AuthTokenRequest;
import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.OmneoIdAdmin;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.ProfileSeed;

/** The real client, pointed at a real sandbox on loopback: how every end-to-end test gets its clients. */
final class E2e {
  private E2e() {
  }

  /**
   * The backend's minting client. Retries are off so that no test can ever wait on a backoff. Its exchanges are
   * refereed against the published spec ({@link Refereed}), as are the customer clients'.
   */
  static OmneoIdAdmin admin(OmneoIdSandbox sandbox) {
    return OmneoIdAdmin.builder().baseUrl(sandbox.baseUrl()).apiToken(sandbox.adminToken())
        .okHttpClient(Refereed.okHttp()).retryPolicy(RetryPolicy.none()).build();
  }

  /** A customer client for {@code profileId}, fed by the backend's token source, as on a server. */
  static OmneoId customer(OmneoIdSandbox sandbox, String profileId) {
    return customerBuilder(sandbox).tokenSource(admin(sandbox).tokenSource(AuthTokenRequest.forProfile(profileId)))
        .build();
  }

  static OmneoId.Builder customerBuilder(OmneoIdSandbox sandbox) {
    return OmneoId.builder().baseUrl(sandbox.baseUrl()).okHttpClient(Refereed.okHttp())
        .retryPolicy(RetryPolicy.none());
  }

  static String seed(OmneoIdSandbox sandbox, ProfileSeed seed) {
    return (String) sandbox.seedProfile(seed).get("id");
  }

  /** A fresh profile with a unique email and the given name. */
  static ProfileSeed person(String first, String last) {
    return ProfileSeed.random().firstName(first).lastName(last);
  }
}
