package io.github.omneoid.client;

import java.util.function.Consumer;
import java.util.function.Function;

/** One row of the operations table: what to call, what the server answers, what must have been sent. */
final class OperationCase {

  final String operationId;
  final Function<Surface, Object> call;
  int status = 200;
  String response = "";
  String method;
  String path;
  String body;
  Consumer<Object> result = r -> { };

  private OperationCase(String operationId, Function<Surface, Object> call) {
    this.operationId = operationId;
    this.call = call;
  }

  static OperationCase op(String operationId, Function<Surface, Object> call) {
    return new OperationCase(operationId, call);
  }

  OperationCase answers(int status, String json) {
    this.status = status;
    this.response = json;
    return this;
  }

  OperationCase answers(String json) {
    return answers(200, json);
  }

  /** @param path below the base URL, with the query string exactly as sent (brackets percent-encoded) */
  OperationCase sends(String method, String path) {
    this.method = method;
    this.path = path;
    return this;
  }

  OperationCase withBody(String json) {
    this.body = json;
    return this;
  }

  OperationCase returns(Consumer<Object> check) {
    this.result = check;
    return this;
  }

  boolean isProfileScoped() {
    return path.startsWith("/profiles/me");
  }

  @Override
  public String toString() {
    return operationId;
  }

  /** What a case calls: the client, and the profile view under test (the root, or a connection's). */
  static final class Surface {
    final OmneoId id;
    final ProfileResource profile;

    Surface(OmneoId id, ProfileResource profile) {
      this.id = id;
      this.profile = profile;
    }
  }
}
