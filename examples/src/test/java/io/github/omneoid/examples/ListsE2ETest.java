package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.model.ListShare;
import io.github.omneoid.model.ProfileList;
import io.github.omneoid.model.ProfileListInput;
import io.github.omneoid.model.ProfileListItem;
import io.github.omneoid.model.ProfileListItemInput;
import io.github.omneoid.model.ProfileListUpdateInput;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import org.junit.jupiter.api.Test;

/** Lists and their items, addressed by numeric id and by handle, and sharing. */
@OmneoIdSandboxTest
class ListsE2ETest {

  private final OmneoIdSandbox sandbox;

  ListsE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  void listsByIdAndByHandle() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("List", "Maker")));

    ProfileList gifts = client.profile().lists().create(new ProfileListInput().name("Gift ideas"));
    assertThat(gifts.getHandle()).isEqualTo("gift-ideas");
    assertThat(client.profile().lists().get(String.valueOf(gifts.getId())).getName()).isEqualTo("Gift ideas");
    assertThat(client.profile().lists().get("gift-ideas").getId()).isEqualTo(gifts.getId());

    ProfileList renamed = client.profile().lists().update("gift-ideas",
        new ProfileListUpdateInput().name("Birthday gifts"));
    assertThat(renamed.getName()).isEqualTo("Birthday gifts");
    assertThat(renamed.getHandle()).isEqualTo("gift-ideas");
    client.profile().lists().create(new ProfileListInput().name("Wishlist").handle("wishlist"));
    assertThat(client.profile().lists().list(Query.of())).extracting(ProfileList::getHandle)
        .containsExactly("gift-ideas", "wishlist");

    client.profile().lists().delete(String.valueOf(gifts.getId()));

    assertThatThrownBy(() -> client.profile().lists().get("gift-ideas")).isInstanceOf(NotFoundException.class);
    assertThat(client.profile().lists().list(Query.of())).extracting(ProfileList::getHandle)
        .containsExactly("wishlist");
  }

  @Test
  void itemsThroughTheHandleAndThroughTheId() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Item", "Adder")));
    ProfileList wishlist = client.profile().lists().create(new ProfileListInput().name("Wishlist")
        .handle("wishlist"));

    ProfileListItem dress = client.profile().lists().items("wishlist").create(new ProfileListItemInput()
        .productVariantSku("DRESS-RED-10").quantity(1));
    ProfileListItem shoes = client.profile().lists().items(String.valueOf(wishlist.getId()))
        .create(new ProfileListItemInput().productVariantId(777L).quantity(2));

    assertThat(client.profile().lists().items("wishlist").list(Query.of())).extracting(ProfileListItem::getId)
        .containsExactly(dress.getId(), shoes.getId());
    assertThat(client.profile().lists().items(String.valueOf(wishlist.getId())).get(dress.getId())
        .getProductVariant().getSku()).isEqualTo("DRESS-RED-10");

    ProfileListItem more = client.profile().lists().items("wishlist").update(shoes.getId(),
        new ProfileListItemInput().quantity(3));
    assertThat(more.getQuantity()).isEqualTo(3);
    assertThat(client.profile().lists().get("wishlist").getItems()).hasSize(2);

    client.profile().lists().items(String.valueOf(wishlist.getId())).delete(dress.getId());

    assertThat(client.profile().lists().items("wishlist").list(Query.of())).singleElement()
        .satisfies(i -> assertThat(i.getQuantity()).isEqualTo(3));
    assertThatThrownBy(() -> client.profile().lists().items("wishlist").get(dress.getId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void sharingAListGivesACodeAndMarksItShared() {
    OmneoId client = E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Share", "Er")));
    client.profile().lists().create(new ProfileListInput().name("Wishlist"));

    ListShare first = client.profile().lists().share("wishlist");
    ListShare second = client.profile().lists().share("wishlist");

    assertThat(first.getHandle()).hasSize(10).isNotEqualTo(second.getHandle());
    ProfileList shared = client.profile().lists().get("wishlist");
    assertThat(shared.getIsShared()).isTrue();
    assertThat(shared.getShares()).extracting(ListShare::getHandle)
        .containsExactly(first.getHandle(), second.getHandle());
  }
}
