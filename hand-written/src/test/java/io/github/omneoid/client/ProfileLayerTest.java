package io.github.omneoid.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.errors.InvalidResponseException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.model.CommsChannel;
import io.github.omneoid.model.Point;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileUpdate;
import io.github.omneoid.model.ProfileUpsert;
import io.github.omneoid.model.ProfileType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class ProfileLayerTest {

  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private static final String PHONE_EXISTS = "{\"message\":\"The given data was invalid.\",\"errors\":"
      + "{\"mobile_phone\":[\"The phone number exists\"]}}";

  private final TestServer server = new TestServer();
  private final OmneoId id = OmneoId.builder().baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.none())
      .clock(new MutableClock(NOW)).idToken(TestTokens.profileJwt("p-1", NOW, NOW.plusSeconds(3600))).build();

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static String page(int current, int last, String next, int... ids) {
    StringBuilder data = new StringBuilder();
    for (int i : ids) {
      data.append(data.length() == 0 ? "" : ",").append("{\"id\":").append(i).append('}');
    }
    return "{\"data\":[" + data + "],\"links\":{\"next\":" + (next == null ? "null" : "\"" + next + "\"")
        + "},\"meta\":{\"current_page\":" + current + ",\"last_page\":" + last + ",\"total\":5}}";
  }

  private Object json(String text) throws IOException {
    return OmneoJson.parse(text, Object.class);
  }

  @Test
  void pagesFollowTheServersNextLinkAndAutoPagerWalksThemAll() {
    String base = server.baseUrl();
    server.enqueueJson(200, page(1, 3, base + "/profiles/me/points?page%5Bnumber%5D=2&page%5Bsize%5D=2", 1, 2));
    server.enqueueJson(200, page(2, 3, base + "/profiles/me/points?page%5Bnumber%5D=3&page%5Bsize%5D=2", 3, 4));
    server.enqueueJson(200, page(3, 3, null, 5));

    Page<Point> first = id.profile().points().list(Query.of().pageSize(2));
    List<Long> ids = new ArrayList<>();
    for (Point point : first.autoPager()) {
      ids.add(point.getId());
    }

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(server.take().getPath()).isEqualTo("/id/api/v1/profiles/me/points?page%5Bsize%5D=2");
    assertThat(server.take().getPath()).isEqualTo("/id/api/v1/profiles/me/points?page%5Bnumber%5D=2&page%5Bsize%5D=2");
    RecordedRequest third = server.take();
    assertThat(third.getRequestUrl().queryParameter("page[number]")).isEqualTo("3");
    assertThat(third.getHeader("Authorization")).startsWith("Bearer ");
  }

  @Test
  void withoutLinksPagesAdvanceByPageNumberFromMeta() {
    server.enqueueJson(200, page(1, 2, null, 1)).enqueueJson(200, page(2, 2, null, 2));

    Page<Point> first = id.profile().points().list(Query.of().filter("source_type", "spend"));
    Page<Point> second = first.next();

    assertThat(first.hasNext()).isTrue();
    assertThat(second.hasNext()).isFalse();
    assertThat(second.items().get(0).getId()).isEqualTo(2L);
    server.take();
    assertThat(server.take().getPath())
        .isEqualTo("/id/api/v1/profiles/me/points?filter%5Bsource_type%5D=spend&page%5Bnumber%5D=2");
  }

  @Test
  void aNextLinkOutsideTheApiIsNotFollowedWithTheToken() {
    server.enqueueJson(200, page(1, 2, "https://evil.example/steal?page=2", 1));

    Page<Point> first = id.profile().points().list(Query.of());

    assertThatThrownBy(first::next).isInstanceOf(InvalidResponseException.class).hasMessageContaining("leaves the API");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aServerThatRepeatsAPageCannotLoopForever() {
    String base = server.baseUrl();
    server.enqueueJson(200, page(2, 5, base + "/profiles/me/points?page=3", 1));
    server.enqueueJson(200, page(2, 5, base + "/profiles/me/points?page=3", 1));

    Page<Point> first = id.profile().points().list(Query.of());

    assertThatThrownBy(first::next).isInstanceOf(InvalidResponseException.class).hasMessageContaining("page 2 after page 2");
  }

  @Test
  void groupedTransactionsSendTheirPagingAndFollowTheFlatPaginator() {
    String base = server.baseUrl();
    server.enqueueJson(200, "{\"current_page\":1,\"last_page\":2,\"data\":[{\"order_number\":\"A\"}],"
        + "\"next_page_url\":\"" + base + "/profiles/me/group_transactions?page%5Bnumber%5D=2&page%5Bsize%5D=1\"}");
    server.enqueueJson(200, "{\"current_page\":2,\"last_page\":2,\"data\":[{\"order_number\":\"B\"}],"
        + "\"next_page_url\":null}");

    List<String> orders = new ArrayList<>();
    id.profile().transactions().getGrouped(Query.of().pageSize(1)).autoPager().forEach(g -> orders.add(g.getOrderNumber()));

    assertThat(orders).containsExactly("A", "B");
    assertThat(server.take().getRequestUrl().queryParameter("page[size]")).as("the JS SDK drops this")
        .isEqualTo("1");
  }

  @Test
  void retryMobileSecondaryResendsExactlyOnceWithTheNumberMoved() throws IOException {
    server.enqueueJson(422, PHONE_EXISTS).enqueueJson(200, "{\"data\":{\"id\":\"p-1\",\"secondary_phone\":\"+61400000001\"}}");

    id.profile().update(new ProfileUpdate().firstName("Ann").mobilePhone("+61400000001"),
        UpdateOptions.retryMobileSecondary());

    assertThat(json(server.take().getBody().readUtf8()))
        .isEqualTo(json("{\"first_name\":\"Ann\",\"mobile_phone\":\"+61400000001\"}"));
    assertThat(json(server.take().getBody().readUtf8()))
        .isEqualTo(json("{\"first_name\":\"Ann\",\"secondary_phone\":\"+61400000001\"}"));
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void retryMobileSecondaryNeverResendsTwice() {
    server.enqueueJson(422, PHONE_EXISTS).enqueueJson(422, PHONE_EXISTS).enqueueJson(200, "{}");

    assertThatThrownBy(() -> id.profile().update(new ProfileUpdate().mobilePhone("+61400000001"),
        UpdateOptions.retryMobileSecondary())).isInstanceOf(ValidationException.class);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void otherValidationErrorsAndNoOptionAreNotRetried() {
    server.enqueueJson(422, "{\"message\":\"invalid\",\"errors\":{\"email\":[\"taken\"]}}");
    assertThatThrownBy(() -> id.profile().update(new ProfileUpdate().mobilePhone("+614"),
        UpdateOptions.retryMobileSecondary()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasError("email", "taken")).isTrue());

    server.enqueueJson(422, PHONE_EXISTS);
    assertThatThrownBy(() -> id.profile().update(new ProfileUpdate().mobilePhone("+614")))
        .isInstanceOf(ValidationException.class);
    assertThat(server.requestCount()).isEqualTo(2);
  }

  @Test
  void theMapUpdateSendsExactlyItsFieldsNullsIncludedAndRetriesToo() throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", null);
    fields.put("mobile_phone", "+61400000002");
    fields.put("x_custom", 5);
    server.enqueueJson(422, PHONE_EXISTS).enqueueJson(200, "{\"data\":{\"id\":\"p-1\"}}");

    id.profile().update(fields, UpdateOptions.retryMobileSecondary());

    assertThat(server.take().getBody().readUtf8()).isEqualTo("{\"title\":null,\"mobile_phone\":\"+61400000002\",\"x_custom\":5}");
    assertThat(json(server.take().getBody().readUtf8()))
        .isEqualTo(json("{\"title\":null,\"x_custom\":5,\"secondary_phone\":\"+61400000002\"}"));
    assertThat(fields).as("the caller's map is not changed").containsKey("mobile_phone");
  }

  @Test
  void subscribeAndUnsubscribeSendTheSdksBodies() throws IOException {
    server.enqueueJson(200, "{\"data\":[{\"email_promo\":false}]}").enqueueJson(200, "{\"data\":[{}]}")
        .enqueueJson(200, "{\"data\":[]}");

    ProfileComms comms = id.profile().unsubscribe(CommsChannel.EMAIL, true);
    id.profile().unsubscribe(CommsChannel.PUSH);
    ProfileComms none = id.profile().subscribe(CommsChannel.POST);

    assertThat(comms.getEmailPromo()).isFalse();
    assertThat(none).as("an empty data array").isNull();
    assertThat(json(server.take().getBody().readUtf8())).isEqualTo(json("{\"email_promo\":false,\"email_optout\":true}"));
    assertThat(json(server.take().getBody().readUtf8())).isEqualTo(json("{\"push_promo\":false}"));
    assertThat(json(server.take().getBody().readUtf8())).isEqualTo(json("{\"post_optout\":false,\"post_promo\":true}"));
  }

  @Test
  void subscriptionRulesFollowTheSdk() {
    ProfileComms comms = ProfileComms.builder().emailPromo(true).smsPromo(false).pushOptout(true).phoneBounced(true)
        .build();

    assertThat(ProfileResource.isSubscribed(comms, CommsChannel.EMAIL)).isTrue();
    assertThat(ProfileResource.isSubscribed(comms, CommsChannel.SMS)).isFalse();
    assertThat(ProfileResource.isSubscribed(comms, CommsChannel.PUSH)).isFalse();
    assertThat(ProfileResource.isSubscribed(comms, CommsChannel.PHONE)).isFalse();
    assertThat(ProfileResource.isSubscribed(comms, CommsChannel.POST)).as("null promo counts as subscribed").isTrue();
    assertThat(ProfileResource.isUnsubscribed(comms, CommsChannel.SMS)).isTrue();
  }

  @Test
  void badArgumentsFailBeforeAnyRequestNamingTheArgument() {
    ProfileResource me = id.profile();
    Object[][] cases = {
        {(ThrowingCallable) () -> me.lists().get(" "), "handle must not be blank"},
        {(ThrowingCallable) () -> me.lists().get((String) null), "handle must not be null"},
        {(ThrowingCallable) () -> me.lists().items("").list(Query.of()), "handle must not be blank"},
        {(ThrowingCallable) () -> me.identities().get(""), "handle must not be blank"},
        {(ThrowingCallable) () -> me.attributes().custom().get("", "size"), "namespace must not be blank"},
        {(ThrowingCallable) () -> me.subscribe(null), "channel must not be null"},
        {(ThrowingCallable) () -> me.updateType(null), "type must not be null"},
        {(ThrowingCallable) () -> me.redeem(BigDecimal.ZERO), "amount must be greater than 0"},
        {(ThrowingCallable) () -> me.update((ProfileUpdate) null), "update must not be null"},
        {(ThrowingCallable) () -> me.points().list(null), "query must not be null"},
        {(ThrowingCallable) () -> me.tiers().assign(" "), "tierHandle must not be blank"},
        {(ThrowingCallable) () -> id.profiles().upsert(new ProfileUpsert().firstName("No email")),
            "email is required"},
        {(ThrowingCallable) () -> id.profiles().upsert(new ProfileUpsert().email("not-an-address")),
            "email must be an address"},
        {(ThrowingCallable) () -> Query.of().filter("x", null), "value of query parameter 'filter[x]' must not be null"},
        {(ThrowingCallable) () -> Query.of().page(0), "page number must be at least 1"},
        {(ThrowingCallable) () -> me.connection(1).connection(2), "already scoped to connection 1"},
    };
    for (Object[] c : cases) {
      assertThatThrownBy((ThrowingCallable) c[0]).as((String) c[1])
          .isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class)
          .hasMessageContaining((String) c[1]);
    }
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void pathValuesStayInsideTheirSegment() throws InterruptedException {
    List<String> hostile = Arrays.asList("a/b", "../../auth/token", "x?y=1", "x#y", "%2F", "a%2F..%2Fb", "wish list",
        "100%", "..%2F");
    for (String value : hostile) {
      server.enqueueJson(200, "{\"data\":{\"id\":1}}");
      id.profile().lists().get(value);
      RecordedRequest request = server.server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getRequestUrl().pathSegments()).as(value)
          .containsExactly("id", "api", "v1", "profiles", "me", "lists", value);
      assertThat(request.getRequestUrl().query()).as(value).isNull();
    }
    for (String traversal : Arrays.asList("..", ".")) {
      assertThatThrownBy(() -> id.profile().lists().get(traversal)).as(traversal)
          .isInstanceOf(IllegalArgumentException.class);
    }
    server.enqueueJson(200, "{\"data\":{\"value\":1}}");
    id.profile().attributes().custom().get("a/b", "c:d");
    assertThat(server.server.takeRequest(5, TimeUnit.SECONDS).getRequestUrl().pathSegments())
        .containsExactly("id", "api", "v1", "profiles", "me", "attributes", "custom", "a/b:c:d");
  }

  @Test
  void theAsyncTwinRunsAnyCall() throws Exception {
    server.enqueueJson(200, "{\"data\":{\"id\":\"p-1\",\"first_name\":\"Ann\"}}");

    assertThat(id.async(() -> id.profile().get()).get(5, TimeUnit.SECONDS).getFirstName()).isEqualTo("Ann");

    server.enqueueJson(404, "{\"message\":\"gone\"}");
    assertThatThrownBy(() -> id.async(() -> id.profile().get()).get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(io.github.omneoid.client.errors.NotFoundException.class);
  }

  @Test
  void queriesAreImmutableAndOrdered() {
    Query base = Query.of().filter("a", 1);
    Query more = base.sort("-created_at", "name").include("items").published(true);

    assertThat(base.toMap()).containsExactly(java.util.Map.entry("filter[a]", "1"));
    assertThat(more.toMap()).containsExactly(java.util.Map.entry("filter[a]", "1"),
        java.util.Map.entry("sort", "-created_at,name"), java.util.Map.entry("include", "items"),
        java.util.Map.entry("filter[is_published]", "1"));
    assertThat(Collections.unmodifiableMap(more.toMap())).isEqualTo(more.toMap());
  }
}
