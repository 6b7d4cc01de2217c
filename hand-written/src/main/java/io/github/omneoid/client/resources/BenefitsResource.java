package io.github.omneoid.client.resources;

import io.github.omneoid.api.BenefitsApi;
import io.github.omneoid.client.Page;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.Benefit;
import io.github.omneoid.model.BenefitPage;
import io.github.omneoid.model.BenefitUpdateInput;

/** {@code /profiles/me/benefits} (facts §2.7). */
public final class BenefitsResource extends Resource {

  BenefitsResource(Transport transport) {
    super(transport);
  }

  private BenefitsApi benefitsApi() {
    return api(BenefitsApi.class);
  }

  public Page<Benefit> list(Query query) {
    return page(query, benefitsApi()::listMyBenefits, BenefitPage.class);
  }

  public Benefit get(long id) {
    return data(benefitsApi().getMyBenefit(id));
  }

  public Benefit update(long id, BenefitUpdateInput update) {
    return data(benefitsApi().updateMyBenefit(id, body(update, "update")));
  }

  public void delete(long id) {
    send(benefitsApi().deleteMyBenefit(id));
  }

  /**
   * {@code POST .../redeem}. What comes back is not settled (a benefit per the SDK, a redemption item per the old
   * docs, facts §6.9), so it is returned as parsed JSON: maps, lists, strings, numbers.
   */
  public Object redeem(long id) {
    return data(benefitsApi().redeemMyBenefit(id));
  }
}
