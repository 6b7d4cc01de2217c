package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.list;
import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the sandbox stores is bounded ({@link Limits}): a value nested deeper than 32 levels, or a number outside
 * a double's range, is refused with a Laravel-style 422 naming the field, and nothing stored can make a later read
 * fail. (Before the limits, a custom attribute nested 253 deep was stored with 200, and {@code GET /profiles/me}
 * then answered 500 until a reset: the response wraps the value in 4 more levels, past the JSON writer's 255.)
 */
@OmneoIdSandboxTest
class LimitsTest {
  final OmneoIdSandbox sandbox;

  LimitsTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  Http fresh() {
    return Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
  }

  /** {@code [[...[1]...]]}: an array nesting {@code levels} deep. */
  static String nested(int levels) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      sb.append('[');
    }
    sb.append('1');
    for (int i = 0; i < levels; i++) {
      sb.append(']');
    }
    return sb.toString();
  }

  static Object nestedTree(int levels) {
    Object v = 1L;
    for (int i = 0; i < levels; i++) {
      v = list(v);
    }
    return v;
  }

  static void assertRefused(Http.Resp r, String field, String message) {
    assertThat(r.status).as(r.toString()).isEqualTo(422);
    assertThat(r.str("message")).isEqualTo("The given data was invalid.");
    assertThat(r.map("errors")).containsOnlyKeys(field);
    assertThat(r.list("errors." + field)).containsExactly(message);
  }

  @Test
  void aCustomAttributeNestedPastTheLimitIsRefusedAndTheProfileStaysReadable() {
    Http me = fresh();
    String deep = "The value field may not be nested more than 32 levels deep.";
    for (int levels : new int[] {33, 253, 254, 300, 5000}) {
      Http.Resp r = me.send("PUT", "/profiles/me/attributes/custom/ns:deep",
          "{\"type\":\"json\",\"value\":" + nested(levels) + "}");
      assertRefused(r, "value", deep);
      assertThat(me.get("/profiles/me").status).as("after %s levels", levels).isEqualTo(200);
    }
    assertThat(me.get("/profiles/me/attributes/custom/ns:deep").status).as("nothing was stored").isEqualTo(404);

    Http.Resp atLimit = me.send("PUT", "/profiles/me/attributes/custom/ns:deep",
        "{\"type\":\"json\",\"value\":" + nested(32) + "}");
    assertThat(atLimit.status).isEqualTo(200);
    Http.Resp profile = me.get("/profiles/me");
    assertThat(profile.status).isEqualTo(200);
    assertThat(profile.get("data.custom_attributes.0.value")).isEqualTo(nestedTree(32));
  }

  @Test
  void everyStoredJsonFieldHasTheSameLimit() {
    Http me = fresh();
    String deepMeta = "{\"a\":" + nested(32) + "}";
    assertRefused(me.send("POST", "/profiles/me/addresses", "{\"address_line_1\":\"1 A St\",\"city\":\"M\","
        + "\"postcode\":\"3000\",\"country\":\"AU\",\"state\":\"VIC\",\"meta\":" + deepMeta + "}"), "meta",
        "The meta field may not be nested more than 32 levels deep.");
    assertRefused(me.send("PUT", "/profiles/me", "{\"custom_fields\":" + deepMeta + "}"), "custom_fields",
        "The custom fields field may not be nested more than 32 levels deep.");
    assertRefused(me.send("POST", "/profiles/me/lists", "{\"name\":\"W\",\"items\":[{\"product_id\":1,\"meta\":"
        + nested(31) + "}]}"), "items", "The items field may not be nested more than 32 levels deep.");
    assertRefused(me.send("PUT", "/profiles/me/attributes/dates", "{\"date\":\"2020-01-01\",\"meta\":"
        + deepMeta + "}"), "meta", "The meta field may not be nested more than 32 levels deep.");
    assertRefused(Http.of(sandbox).as(sandbox.mintAnonymousToken()).send("POST", "/profiles",
        "{\"email\":\"deep@example.com\",\"tags\":" + nested(40) + "}"), "tags",
        "The tags field may not be nested more than 32 levels deep.");
    assertThat(sandbox.profiles()).noneSatisfy(p -> assertThat(p.get("email")).isEqualTo("deep@example.com"));
  }

  @Test
  void numbersOutsideADoublesRangeAreRefused() {
    Http me = fresh();
    String range = "The value field may not hold a number outside the range of a double.";
    assertRefused(me.send("PUT", "/profiles/me/attributes/custom/ns:n", "{\"type\":\"float\",\"value\":1e400}"),
        "value", range);
    assertRefused(me.send("PUT", "/profiles/me/attributes/custom/ns:n", "{\"type\":\"float\",\"value\":[1e-400]}"),
        "value", range);
    StringBuilder digits = new StringBuilder("1");
    for (int i = 0; i < 64; i++) {
      digits.append('0');
    }
    assertRefused(me.send("PUT", "/profiles/me/attributes/custom/ns:n", "{\"type\":\"float\",\"value\":"
        + digits + "}"), "value", "The value field may not hold a number longer than 64 characters.");
    Http.Resp longer = me.send("PUT", "/profiles/me/attributes/custom/ns:n", "{\"type\":\"float\",\"value\":"
        + digits + "0}");
    assertThat(longer.status).as("longer than the JSON reader takes").isEqualTo(400);
    assertThat(longer.str("message")).isEqualTo("Malformed JSON body: unexpected text at $.value (an unquoted word,"
        + " or a number longer than 64 characters)");
    assertRefused(me.send("POST", "/profiles/me/redeem", "{\"amount\":1e999999999}"), "amount",
        "The amount field may not hold a number outside the range of a double.");

    Http.Resp big = me.send("PUT", "/profiles/me/attributes/custom/ns:n", "{\"type\":\"float\",\"value\":1e308}");
    assertThat(big.status).isEqualTo(200);
    assertThat(big.text).contains("\"value\":1E+308");
    assertThat(me.get("/profiles/me").status).isEqualTo(200);
  }

  @Test
  void seedingHasTheSameLimits() {
    assertThatThrownBy(() -> sandbox.seedProfile(map("email", TestData.email(), "custom_fields",
        map("a", nestedTree(32))))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("custom_fields").hasMessageContaining("32 levels");
    String id = (String) sandbox.seedProfile().get("id");
    assertThatThrownBy(() -> sandbox.seedRecord(id, "custom_attributes", map("namespace", "n", "handle", "h",
        "type", "json", "value", nestedTree(33)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> sandbox.seedRecord(id, "rewards", map("value_initial", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.seedRecord(id, "rewards", map("value_initial", new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a JSON value");
    assertThatThrownBy(() -> sandbox.seedRecord(id, "rewrads", map()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown collection rewrads");
  }

  /**
   * The deepest value the limits let through, stored everywhere the API stores JSON, then every read route of the
   * spec (both trees) still answers below 500.
   */
  @Test
  void nothingStoredMakesALaterReadFail() {
    Map<String, Object> parent = sandbox.seedProfile();
    String pid = (String) parent.get("id");
    String child = (String) sandbox.seedProfile().get("id");
    Object cid = sandbox.seedConnection(pid, child).get("id");
    Http me = Http.of(sandbox).as(sandbox.mintToken(pid));
    Object deep = nestedTree(32);
    Map<String, Object> deepMap = map("a", nestedTree(31));
    List<Http.Resp> writes = new ArrayList<>();
    writes.add(me.put("/profiles/me/attributes/custom/ns:deep", map("type", "json", "value", deep)));
    writes.add(me.put("/profiles/me", map("custom_fields", deepMap, "tags", list("a"))));
    writes.add(me.post("/profiles/me/addresses", map("address_line_1", "1 A St", "city", "M", "postcode", "3000",
        "country", "AU", "state", "VIC", "meta", deepMap)));
    writes.add(me.put("/profiles/me/attributes/dates", map("date", "2020-01-01", "handle", "d", "meta", deepMap)));
    writes.add(me.post("/profiles/me/lists", map("name", "Deep", "meta", deepMap,
        "items", list(map("product_id", 1, "meta", map("a", nestedTree(29)))))));
    writes.add(me.put("/profiles/me/connections/" + cid, map("meta", deepMap)));
    sandbox.seedRecord(pid, "rewards", map("value_initial", 10, "meta", deepMap));
    sandbox.seedRecord(pid, "benefits", map("external_id", "B"));
    Object benefitId = me.get("/profiles/me/benefits").get("data.0.id");
    writes.add(me.put("/profiles/me/benefits/" + benefitId, map("meta", deepMap)));
    writes.add(me.post("/profiles/me/redeem", map("amount", 1, "meta", deepMap)));
    assertThat(writes).allSatisfy(w -> assertThat(w.status).as(w.toString()).isEqualTo(200));

    List<String> failed = new ArrayList<>();
    for (Router.Route r : sandbox.routeTable().routes()) {
      if (!r.method.equals("GET")) {
        continue;
      }
      String path = r.pattern.replace("{scopeConnectionId}", String.valueOf(cid))
          .replace("{attributeKey}", "ns:deep").replace("{list}", "deep").replace("{benefitId}",
              String.valueOf(benefitId)).replaceAll("\\{[^}]+}", "1");
      Http.Resp resp = me.get(path);
      if (resp.status >= 500) {
        failed.add(r + " -> " + resp);
      }
    }
    assertThat(failed).isEmpty();
    assertThat(me.get("/profiles/me").get("data.custom_attributes.0.value")).isEqualTo(deep);
    assertThat(me.get("/profiles/me/redemptions").get("data.0.meta")).isEqualTo(deepMap);
  }
}
