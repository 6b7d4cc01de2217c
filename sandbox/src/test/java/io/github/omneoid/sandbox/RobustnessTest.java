package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

/** Bad input never crashes the sandbox or corrupts its state; every error is JSON. */
@OmneoIdSandboxTest
class RobustnessTest {
  final OmneoIdSandbox sandbox;
  final Map<String, Object> profile;
  final Http me;

  RobustnessTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
    this.profile = sandbox.seedProfile(ProfileSeed.random().firstName("Stable"));
    this.me = Http.of(sandbox).as(sandbox.mintToken((String) profile.get("id")));
  }

  void assertIntact() {
    Http.Resp r = me.get("/profiles/me");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.get("data.first_name")).isEqualTo("Stable");
  }

  @Test
  void malformedJsonIs400() {
    char[] deep = new char[5000];
    Arrays.fill(deep, '[');
    for (String body : new String[] {"{", "{\"first_name\": }", "{\"first_name\":\"x\"} trailing", "nul",
        "{'first_name':'x'}", new String(deep), "\u0000\u0001"}) {
      Http.Resp r = me.send("PUT", "/profiles/me", body);
      assertThat(r.status).as(body.length() > 20 ? body.substring(0, 20) : body).isEqualTo(400);
      assertThat(r.str("message")).startsWith("Malformed JSON body");
    }
    assertIntact();
  }

  @Test
  void nonObjectBodiesAre400() {
    for (String body : new String[] {"[]", "\"text\"", "42", "true"}) {
      Http.Resp r = me.send("PUT", "/profiles/me", body);
      assertThat(r.status).isEqualTo(400);
      assertThat(r.str("message")).isEqualTo("The request body must be a JSON object.");
    }
    assertThat(Http.of(sandbox).as(sandbox.adminToken()).send("POST", "/auth/token", "[1]").status).isEqualTo(400);
    assertIntact();
  }

  @Test
  void wrongTypesAre422WithFieldErrors() {
    Http.Resp r = me.put("/profiles/me", map("first_name", map("a", 1), "birth_day", "tenth", "tags", map()));
    assertThat(r.status).isEqualTo(422);
    assertThat(r.map("errors")).containsOnlyKeys("first_name", "birth_day", "tags");
    assertThat(me.post("/profiles/me/addresses", map("address_line_1", Arrays.asList(1, 2))).status).isEqualTo(422);
    assertThat(me.put("/profiles/me/attributes/comms", map("email_promo", Arrays.asList(true))).status).isEqualTo(422);
    assertThat(me.post("/profiles/me/redeem", map("amount", map())).status).isEqualTo(422);
    assertIntact();
  }

  @Test
  void hugeBodiesAre413WithOrWithoutContentLength() throws IOException {
    char[] big = new char[2 * 1024 * 1024];
    Arrays.fill(big, 'a');
    String json = "{\"first_name\":\"" + new String(big) + "\"}";
    Http.Resp sized = me.send("PUT", "/profiles/me", json);
    assertThat(sized.status).isEqualTo(413);
    assertThat(sized.str("message")).contains("larger than 1048576 bytes");

    RequestBody chunked = new RequestBody() {
      @Override
      public MediaType contentType() {
        return Http.JSON;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("{\"first_name\":\"");
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'b');
        for (int i = 0; i < 40; i++) {
          sink.write(chunk);
        }
        sink.writeUtf8("\"}");
      }
    };
    Request req = new Request.Builder().url(sandbox.baseUrl() + "/profiles/me").put(chunked)
        .header("Authorization", "Bearer " + me.token).build();
    try (Response r = Http.CLIENT.newCall(req).execute()) {
      assertThat(r.code()).isEqualTo(413);
      assertThat(r.body().string()).contains("\"message\"");
    } catch (IOException e) {
      // The server may close the connection while the client is still sending; that is also a refusal.
      assertThat(e).isNotNull();
    }
    assertIntact();
  }

  @Test
  void unknownRoutesAre404Json() {
    for (String path : new String[] {"/nope", "/profiles/me/nope", "/profiles/me/lists/a/b/c/d", "/profiles"}) {
      Http.Resp r = me.get(path);
      assertThat(r.status).as(path).isIn(404, 405);
      assertThat(r.str("message")).isNotBlank();
    }
    Http.Resp outside = new Http("http://127.0.0.1:" + sandbox.port(), null).get("/elsewhere");
    assertThat(outside.status).isEqualTo(404);
    assertThat(outside.str("message")).isEqualTo("The route /elsewhere could not be found.");
    Http.Resp root = me.get("/");
    assertThat(root.status).isEqualTo(404);
    assertThat(root.headers.get("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void wrongMethodsAre405JsonWithAllow() {
    Http.Resp r = me.send("PATCH", "/profiles/me", "{}");
    assertThat(r.status).isEqualTo(405);
    assertThat(r.headers.get("Allow")).isEqualTo("DELETE, GET, PUT");
    assertThat(r.str("message")).contains("PATCH").contains("/profiles/me");
    assertThat(me.get("/auth/token").status).isEqualTo(405);
    assertThat(me.delete("/locations").status).isEqualTo(405);
    assertThat(me.send("FOO", "/profiles/me", null).status).isEqualTo(405);
    assertThat(me.get("/profiles").headers.get("Allow")).isEqualTo("POST");
    assertIntact();
  }

  @Test
  void malformedPercentEscapesAre400AndHarmless() {
    // OkHttp would re-encode "%zz" as "%25zz", so send the raw bytes on a plain socket.
    for (String target : new String[] {"/id/api/v1/locations?filter%5Bname%5D=%zz", "/id/api/v1/profiles/%zz"}) {
      assertThat(rawStatusLine("GET " + target + " HTTP/1.1")).startsWith("HTTP/1.1 400");
    }
    // A well-formed escape that decodes to a literal "%zz" reaches the handler and just matches nothing.
    Http.Resp r = me.get("/locations?filter%5Bname%5D=%25zz");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.list("data")).isEmpty();
    assertIntact();
  }

  private String rawStatusLine(String requestLine) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", sandbox.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void corsPreflightIsAnswered() {
    Http.Resp r = Http.of(sandbox).send("OPTIONS", "/profiles/me", null);
    assertThat(r.status).isEqualTo(204);
    assertThat(r.headers.get("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(r.headers.get("Access-Control-Allow-Headers")).contains("Authorization");
  }

  @Test
  void aBurstOfGarbageLeavesTheServerServing() {
    for (int i = 0; i < 50; i++) {
      me.send(i % 2 == 0 ? "POST" : "PUT", "/profiles/me/lists", "{\"name\": [" + i);
    }
    assertThat(me.get("/profiles/me/lists").list("data")).isEmpty();
    assertIntact();
  }
}
