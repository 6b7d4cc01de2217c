package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** /profiles/me/connections and the connection-scoped tree. */
@OmneoIdSandboxTest
class ConnectionsTest {
  final OmneoIdSandbox sandbox;

  ConnectionsTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  Http login(Map<String, Object> p) {
    return Http.of(sandbox).as(sandbox.mintToken((String) p.get("id")));
  }

  @Test
  void listUpdateAndProfileInfo() {
    Map<String, Object> parent = sandbox.seedProfile(ProfileSeed.random().firstName("Pat"));
    Map<String, Object> child = sandbox.seedProfile(ProfileSeed.random().firstName("Kid")
        .field("birth_year", 2015));
    Map<String, Object> con = sandbox.seedConnection((String) parent.get("id"), (String) child.get("id"));
    Http p = login(parent);
    Http.Resp page = p.get("/profiles/me/connections");
    assertThat(page.list("data")).hasSize(1);
    assertThat(page.get("data.0.connected.first_name")).isEqualTo("Kid");
    assertThat(page.get("data.0.connector.id")).isEqualTo(parent.get("id"));
    assertThat(page.get("meta.total")).isEqualTo(1L);
    assertThat(p.get("/profiles/me/connections?type=connector").list("data")).hasSize(1);
    assertThat(p.get("/profiles/me/connections?type=connected").list("data")).isEmpty();
    assertThat(login(child).get("/profiles/me/connections?type=connected").list("data")).hasSize(1);

    Http.Resp upd = p.put("/profiles/me/connections/" + con.get("id"), map("name", "Daughter", "status", "hold"));
    assertThat(upd.status).isEqualTo(200);
    assertThat(upd.get("data.name")).isEqualTo("Daughter");
    assertThat(p.get("/profiles/me/connections").get("data.0.status")).isEqualTo("hold");
    assertThat(p.put("/profiles/me/connections/" + con.get("id"), map("status", "friends")).status).isEqualTo(422);

    Http.Resp info = p.get("/profiles/me/connections/" + con.get("id") + "/profileInfo");
    assertThat(info.status).isEqualTo(200);
    assertThat(info.map("data")).containsEntry("id", child.get("id")).containsEntry("first_name", "Kid")
        .containsEntry("birth_year", "2015");
    assertThat(login(sandbox.seedProfile()).get("/profiles/me/connections/" + con.get("id") + "/profileInfo").status)
        .isEqualTo(404);
  }

  @Test
  void theScopedTreeActsOnTheConnectedProfile() {
    Map<String, Object> parent = sandbox.seedProfile(ProfileSeed.random().firstName("Pat"));
    Map<String, Object> child = sandbox.seedProfile(ProfileSeed.random().firstName("Kid").reward(7));
    Object cid = sandbox.seedConnection((String) parent.get("id"), (String) child.get("id")).get("id");
    Http p = login(parent);
    String root = "/profiles/connection/" + cid;
    Http.Resp read = p.get(root);
    assertThat(read.status).isEqualTo(200);
    assertThat(read.get("data.id")).isEqualTo(child.get("id"));
    assertThat(p.get(root + "/balances").get("data.reward_balance")).isEqualTo("7.00");
    assertThat(p.put(root, map("last_name", "Junior")).get("data.last_name")).isEqualTo("Junior");
    assertThat(p.put(root + "/attributes/comms", map("sms_promo", true)).status).isEqualTo(200);
    assertThat(p.post(root + "/lists", map("name", "Birthday")).status).isEqualTo(200);
    // The writes landed on the child, not the parent.
    Http c = login(child);
    assertThat(c.get("/profiles/me").get("data.last_name")).isEqualTo("Junior");
    assertThat(c.get("/profiles/me/attributes/comms").get("data.sms_promo")).isEqualTo(true);
    assertThat(c.get("/profiles/me/lists/birthday").status).isEqualTo(200);
    assertThat(p.get("/profiles/me/lists/birthday").status).isEqualTo(404);
    assertThat(p.get("/profiles/me").get("data.last_name")).isNotEqualTo("Junior");
  }

  @Test
  void aConnectionMustBelongToTheTokenProfileAsConnector() {
    Map<String, Object> a = sandbox.seedProfile();
    Map<String, Object> b = sandbox.seedProfile();
    Object cid = sandbox.seedConnection((String) a.get("id"), (String) b.get("id")).get("id");
    Http stranger = login(sandbox.seedProfile());
    Http.Resp r = stranger.get("/profiles/connection/" + cid);
    assertThat(r.status).isEqualTo(404);
    assertThat(r.str("message")).isEqualTo("Connection not found.");
    assertThat(login(b).get("/profiles/connection/" + cid).status).as("connected side").isEqualTo(404);
    assertThat(login(a).get("/profiles/connection/999999").status).isEqualTo(404);
    assertThat(login(a).get("/profiles/connection/abc/balances").status).isEqualTo(404);
    assertThat(stranger.put("/profiles/me/connections/" + cid, map("name", "x")).status).isEqualTo(404);
  }
}
