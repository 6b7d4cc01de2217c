package io.github.omneoid.sandbox;

import static io.github.omneoid.sandbox.TestData.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GET /locations and /locations/{id}. */
@OmneoIdSandboxTest
class LocationsTest {
  final OmneoIdSandbox sandbox;
  final Http me;

  LocationsTest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
    this.me = Http.of(sandbox).as(sandbox.mintToken((String) sandbox.seedProfile().get("id")));
  }

  static List<Object> names(Http.Resp r) {
    return r.list("data").stream().map(o -> ((Map<?, ?>) o).get("name")).collect(Collectors.toList());
  }

  @Test
  void openStoresFilterFromTheSeed() {
    Http.Resp all = me.get("/locations");
    assertThat(all.status).isEqualTo(200);
    assertThat(all.get("meta.total")).isEqualTo(4L);
    Http.Resp open = me.get("/locations?filter[is_published]=1&filter[is_permanently_closed]=0");
    assertThat(names(open)).containsExactly("Melbourne Central", "Sydney Pitt St");
    Http.Resp words = me.get("/locations?filter%5Bis_published%5D=true&filter%5Bis_permanently_closed%5D=false");
    assertThat(names(words)).containsExactly("Melbourne Central", "Sydney Pitt St");
    assertThat(names(me.get("/locations?filter[is_permanently_closed]=1"))).containsExactly("Brisbane Queen St");
    assertThat(names(me.get("/locations?filter[is_published]=0"))).containsExactly("Online Warehouse");
  }

  @Test
  void otherFieldFilters() {
    assertThat(names(me.get("/locations?filter[type]=warehouse"))).containsExactly("Online Warehouse");
    assertThat(names(me.get("/locations?filter[handle]=SYDNEY-PITT-ST"))).containsExactly("Sydney Pitt St");
    assertThat(names(me.get("/locations?filter[address.city]=Brisbane"))).containsExactly("Brisbane Queen St");
    assertThat(names(me.get("/locations?filter[id]=1,2"))).containsExactly("Melbourne Central", "Sydney Pitt St");
    assertThat(names(me.get("/locations?filter[normal_hours.day_of_week]=SUN")))
        .hasSize(((Number) me.get("/locations").get("meta.total")).intValue());
    assertThat(names(me.get("/locations?filter[no_such_field]=1"))).isEmpty();
    assertThat(names(me.get("/locations?sort=-name&page[size]=1"))).containsExactly("Sydney Pitt St");
  }

  @Test
  void seededLocationsAndGetById() {
    try (OmneoIdSandbox own = OmneoIdSandbox.start()) {
      Http http = Http.of(own).as(own.mintToken((String) own.seedProfile().get("id")));
      Map<String, Object> loc = own.seedLocation(map("name", "Perth Hay St", "is_published", true,
          "external_id", "PER-1"));
      Http.Resp one = http.get("/locations/" + loc.get("id"));
      assertThat(one.status).isEqualTo(200);
      assertThat(one.get("data.name")).isEqualTo("Perth Hay St");
      assertThat(one.list("data.normal_hours")).hasSize(7);
      assertThat(one.get("data.normal_hours.0.day_of_week")).isEqualTo("MON");
      assertThat(one.get("data.normal_hours.0.open_at")).isEqualTo("09:00");
      assertThat(names(http.get("/locations?filter[external_id]=PER-1"))).containsExactly("Perth Hay St");
      assertThat(http.get("/locations").get("meta.total")).isEqualTo(5L);
    }
    assertThat(me.get("/locations/424242").status).isEqualTo(404);
    assertThat(me.get("/locations/abc").str("message")).isEqualTo("Location not found.");
  }

  @Test
  void onlyProfileTokensMayReadLocations() {
    // x-omneo-token: profile; anonymous tokens may only create or upsert (docs.omneo.io/dev-guides/frontend/omneo-id).
    assertThat(me.as(sandbox.mintAnonymousToken()).get("/locations/1").status).isEqualTo(401);
    assertThat(me.as(sandbox.adminToken()).get("/locations").status).isEqualTo(401);
    assertThat(me.post("/locations", map("name", "x")).status).isEqualTo(405);
  }
}
