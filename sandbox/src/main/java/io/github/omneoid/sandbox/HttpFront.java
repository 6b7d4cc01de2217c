package io.github.omneoid.sandbox;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP side: faults, CORS, body cap, routing (404/405), authentication, then the handler under the store's
 * lock; every error leaves as JSON {@code {"message": ...}}. Runs on Undertow worker threads (blocking mode).
 */
final class HttpFront implements HttpHandler {
  private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());

  private final Api api;
  private final TokenService tokens;
  private final Faults faults;
  private final long maxBodyBytes;

  HttpFront(Api api, TokenService tokens, Faults faults, long maxBodyBytes) {
    this.api = api;
    this.tokens = tokens;
    this.faults = faults;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handleRequest(HttpServerExchange ex) throws Exception {
    try {
      handle(ex);
    } catch (ApiException e) {
      send(ex, e.status, e.body(), e.headers);
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "Sandbox handler failed for " + ex.getRequestMethod() + " " + ex.getRequestPath(), e);
      if (!ex.isResponseStarted()) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", "Server Error");
        send(ex, 500, body, null);
      }
    }
  }

  private void handle(HttpServerExchange ex) throws IOException {
    String method = ex.getRequestMethod().toString().toUpperCase(java.util.Locale.ROOT);
    cors(ex);
    String fullPath = decodePath(ex.getRequestPath());
    if (!fullPath.equals(OmneoIdSandbox.BASE_PATH) && !fullPath.startsWith(OmneoIdSandbox.BASE_PATH + "/")) {
      throw new ApiException(404, "The route " + fullPath + " could not be found.");
    }
    String path = fullPath.substring(OmneoIdSandbox.BASE_PATH.length());
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      path = "/";
    }

    Fault fault = faults.fire(method, path);
    if (fault != null) {
      if (!fault.latency.isZero()) {
        try {
          Thread.sleep(fault.latency.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (fault.drop) {
        ex.getConnection().close();
        return;
      }
      if (fault.status != null) {
        ApiException e = new ApiException(fault.status,
            fault.message != null ? fault.message : "Injected fault: HTTP " + fault.status);
        if (fault.retryAfter != null) {
          e.header("Retry-After", fault.retryAfter);
        }
        throw e;
      }
    }

    if (method.equals("OPTIONS")) { // CORS preflight for browser apps talking to the standalone server
      ex.getResponseHeaders().put(new HttpString("Access-Control-Allow-Methods"), "GET, POST, PUT, DELETE, OPTIONS");
      ex.getResponseHeaders().put(new HttpString("Access-Control-Allow-Headers"),
          "Authorization, Content-Type, Accept");
      ex.getResponseHeaders().put(new HttpString("Access-Control-Max-Age"), "600");
      send(ex, 204, null, null);
      return;
    }

    String body = readBody(ex);
    Map<String, List<String>> query = parseQuery(ex.getQueryString());

    Router.Match match = api.routes.router.match(method, path);
    if (match == null) {
      throw new ApiException(404, "The route " + path + " could not be found.");
    }
    if (match.route == null) {
      throw new ApiException(405, "The " + method + " method is not supported for route " + path
          + ". Supported methods: " + String.join(", ", match.allowed) + ".")
          .header("Allow", String.join(", ", match.allowed));
    }

    String bearer = bearer(ex);
    TokenService.Principal principal = null;
    switch (match.route.access) {
      case ADMIN:
        if (!tokens.isAdmin(bearer)) {
          throw ApiException.unauthenticated();
        }
        break;
      case ANY_ID:
      case PROFILE:
        if (tokens.isAdmin(bearer)) {
          throw ApiException.unauthenticated(); // the admin token is for admin routes (POST /auth/token) only
        }
        principal = tokens.verify(bearer);
        if (match.route.access == Access.PROFILE && principal.anonymous()) {
          if (path.startsWith("/profiles/")) {
            // Not 401 or 403: the real API answers an anonymous token on the profile tree with 404
            // (docs.omneo.io/docs/omneo-id; the official SDK's integration tests assert it).
            throw new ApiException(404, "Not found.");
          }
          // Elsewhere (/locations) no source shows the answer: 401, the status the spec declares for a
          // credential the operation does not take.
          throw ApiException.unauthenticated();
        }
        break;
      default:
        throw new IllegalStateException();
    }

    Call call = new Call(method, path, match.params, query, body, ex.getRequestScheme() + "://" + ex.getHostAndPort(),
        principal);
    Reply reply;
    String json;
    synchronized (api.store) {
      if (match.route.access == Access.PROFILE) {
        call.target = target(call);
      }
      reply = match.route.handler.handle(call);
      // Serialised under the lock: reply bodies may share maps with the store.
      json = reply.body == null ? null : Json.write(reply.body);
    }
    sendJson(ex, reply.status, json, reply.headers);
  }

  /** The bound profile, or for {@code /profiles/connection/{id}/...} the profile that connection links to. */
  private Store.Profile target(Call call) {
    Store.Profile me = api.store.profile(call.principal.pid);
    if (me == null) {
      throw ApiException.notFound("Profile"); // deleted or purged since the token was minted
    }
    String scope = call.params.get("scopeConnectionId");
    if (scope == null) {
      return me;
    }
    Long id = Store.asLong(scope);
    Map<String, Object> con = id == null ? null : api.store.connections.get(id);
    // Assumption: only the connector may act through a connection, on the connected profile.
    if (con == null || !me.id.equals(con.get("connector_id"))) {
      throw ApiException.notFound("Connection");
    }
    Store.Profile other = api.store.profile((String) con.get("connected_id"));
    if (other == null) {
      throw ApiException.notFound("Profile");
    }
    return other;
  }

  private static String bearer(HttpServerExchange ex) {
    HeaderValues values = ex.getRequestHeaders().get(Headers.AUTHORIZATION);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String v = values.getFirst().trim();
    if (v.length() < 7 || !v.substring(0, 7).equalsIgnoreCase("Bearer ")) {
      return null;
    }
    return v.substring(7).trim();
  }

  private String readBody(HttpServerExchange ex) throws IOException {
    long declared = ex.getRequestContentLength();
    if (declared > maxBodyBytes) {
      ex.setPersistent(false);
      throw tooLarge();
    }
    InputStream in = ex.getInputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) != -1) {
      out.write(buf, 0, n);
      if (out.size() > maxBodyBytes) {
        ex.setPersistent(false);
        throw tooLarge();
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private ApiException tooLarge() {
    return new ApiException(413, "The request body is larger than " + maxBodyBytes + " bytes.");
  }

  /** Percent-decodes a path (UTF-8; '+' stays '+'); a malformed escape is a JSON 400. */
  static String decodePath(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
            || Character.digit(raw.charAt(i + 2), 16) < 0) {
          throw ApiException.badRequest("Malformed URL.");
        }
        out.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  static Map<String, List<String>> parseQuery(String qs) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (qs == null || qs.isEmpty()) {
      return out;
    }
    for (String pair : qs.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k;
      String v;
      try {
        k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("Malformed query string.");
      }
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static void cors(HttpServerExchange ex) {
    ex.getResponseHeaders().put(new HttpString("Access-Control-Allow-Origin"), "*");
    ex.getResponseHeaders().put(new HttpString("Access-Control-Expose-Headers"), "Retry-After");
  }

  private static void send(HttpServerExchange ex, int status, Object body, Map<String, String> headers)
      throws IOException {
    sendJson(ex, status, body == null ? null : Json.write(body), headers);
  }

  private static void sendJson(HttpServerExchange ex, int status, String json, Map<String, String> headers)
      throws IOException {
    if (ex.isResponseStarted()) {
      return;
    }
    ex.setStatusCode(status);
    if (headers != null) {
      for (Map.Entry<String, String> h : headers.entrySet()) {
        ex.getResponseHeaders().put(new HttpString(h.getKey()), h.getValue());
      }
    }
    if (json == null) {
      ex.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
      ex.endExchange();
      return;
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    ex.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
    OutputStream out = ex.getOutputStream();
    out.write(bytes);
    out.flush();
    ex.endExchange();
  }
}
