package io.github.omneoid.client.resources;

import io.github.omneoid.api.AchievementsApi;
import io.github.omneoid.api.CreditsApi;
import io.github.omneoid.api.OrdersApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.AnyEnvelope;
import io.github.omneoid.model.AnyListEnvelope;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import retrofit2.Call;

/**
 * {@code achievements}, {@code credits} and {@code orders} under {@code /profiles/me}: seed 000 lists them, no other
 * source shows their routes or shapes (facts §2.12). Read-only and loosely typed: items come back as parsed JSON.
 */
public final class SeedOnlyResource extends Resource {

  private final Function<Map<String, String>, Call<AnyListEnvelope>> list;
  private final Function<String, Call<AnyEnvelope>> get;

  private SeedOnlyResource(Transport transport, Function<Map<String, String>, Call<AnyListEnvelope>> list,
      Function<String, Call<AnyEnvelope>> get) {
    super(transport);
    this.list = list;
    this.get = get;
  }

  static SeedOnlyResource achievements(Transport transport) {
    AchievementsApi api = transport.api(AchievementsApi.class);
    return new SeedOnlyResource(transport, api::listMyAchievements, api::getMyAchievement);
  }

  static SeedOnlyResource credits(Transport transport) {
    CreditsApi api = transport.api(CreditsApi.class);
    return new SeedOnlyResource(transport, api::listMyCredits, api::getMyCredit);
  }

  static SeedOnlyResource orders(Transport transport) {
    OrdersApi api = transport.api(OrdersApi.class);
    return new SeedOnlyResource(transport, api::listMyOrders, api::getMyOrder);
  }

  public List<Map<String, Object>> list(Query query) {
    return data(list.apply(required(query).toMap()));
  }

  public Object get(String id) {
    return data(get.apply(segment(id, "id")));
  }
}
