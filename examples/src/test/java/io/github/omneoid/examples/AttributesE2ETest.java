package io.github.omneoid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.model.CustomAttribute;
import io.github.omneoid.model.CustomAttributeInput;
import io.github.omneoid.model.CustomAttributeType;
import io.github.omneoid.model.DatesAttribute;
import io.github.omneoid.model.DatesAttributeInput;
import io.github.omneoid.model.ProfileAppearance;
import io.github.omneoid.model.ProfileAppearanceInput;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileCommsInput;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import io.github.omneoid.sandbox.OmneoIdSandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /profiles/me/attributes/...}: comms, appearance, custom attributes, dates. */
@OmneoIdSandboxTest
class AttributesE2ETest {

  private final OmneoIdSandbox sandbox;

  AttributesE2ETest(OmneoIdSandbox sandbox) {
    this.sandbox = sandbox;
  }

  private OmneoId newCustomer() {
    return E2e.customer(sandbox, E2e.seed(sandbox, E2e.person("Attr", "Ibutes")));
  }

  @Test
  void commsAttributesMergeOnlyTheFlagsSent() {
    OmneoId client = newCustomer();
    ProfileComms before = client.profile().attributes().comms().get();
    assertThat(before.getEmailPromo()).isTrue();
    assertThat(before.getPushPromo()).isNull();

    ProfileComms after = client.profile().attributes().comms().update(new ProfileCommsInput().pushPromo(true));

    assertThat(after.getPushPromo()).isTrue();
    assertThat(after.getEmailPromo()).isTrue();
    assertThat(client.profile().attributes().comms().get().getPushPromo()).isTrue();
  }

  @Test
  void appearanceIsReadBackAsWritten() {
    OmneoId client = newCustomer();

    ProfileAppearance written = client.profile().attributes().appearance()
        .update(new ProfileAppearanceInput().sizeShoe("9").eyeColour("green"));

    assertThat(written.getSizeShoe()).isEqualTo("9");
    ProfileAppearance read = client.profile().attributes().appearance().get();
    assertThat(read.getSizeShoe()).isEqualTo("9");
    assertThat(read.getEyeColour()).isEqualTo("green");
    assertThat(read.getHairColour()).isNull();
  }

  @Test
  void customAttributesArePutReadListedAndDeleted() {
    OmneoId client = newCustomer();

    CustomAttribute put = client.profile().attributes().custom().update("loyalty", "favourite_colour",
        new CustomAttributeInput().type(CustomAttributeType.STRING).value("teal"));
    assertThat(put.getNamespace()).isEqualTo("loyalty");
    assertThat(put.getHandle()).isEqualTo("favourite_colour");
    assertThat(put.getValue()).isEqualTo("teal");

    client.profile().attributes().custom().update("loyalty", "favourite_colour",
        new CustomAttributeInput().type(CustomAttributeType.STRING).value("navy"));
    client.profile().attributes().custom().update("loyalty", "visits",
        new CustomAttributeInput().type(CustomAttributeType.INTEGER).value(3));

    assertThat(client.profile().attributes().custom().get("loyalty", "favourite_colour").getValue())
        .isEqualTo("navy");
    List<CustomAttribute> all = client.profile().attributes().custom().list(Query.of());
    assertThat(all).extracting(CustomAttribute::getHandle).containsExactlyInAnyOrder("favourite_colour", "visits");

    client.profile().attributes().custom().delete("loyalty", "favourite_colour");

    assertThatThrownBy(() -> client.profile().attributes().custom().get("loyalty", "favourite_colour"))
        .isInstanceOf(NotFoundException.class);
    assertThat(client.profile().attributes().custom().list(Query.of())).extracting(CustomAttribute::getHandle)
        .containsExactly("visits");
  }

  @Test
  void datesAreUpsertedByHandleAndRelationshipListedAndDeleted() {
    OmneoId client = newCustomer();

    DatesAttribute anniversary = client.profile().attributes().dates().update(new DatesAttributeInput()
        .date("2015-06-20").handle("anniversary").name("Wedding anniversary").relationship("Me"));
    client.profile().attributes().dates().update(new DatesAttributeInput()
        .date("2015-06-21").handle("anniversary").name("Wedding anniversary").relationship("Me"));
    DatesAttribute birthday = client.profile().attributes().dates().update(new DatesAttributeInput()
        .date("2012-09-02").handle("birthday").name("Sam's birthday").relationship("Son"));

    List<DatesAttribute> listed = client.profile().attributes().dates().list(Query.of());
    assertThat(listed).extracting(DatesAttribute::getHandle).containsExactly("anniversary", "birthday");
    assertThat(listed.get(0).getId()).isEqualTo(anniversary.getId());
    assertThat(listed.get(0).getDate()).isEqualTo("2015-06-21");

    List<DatesAttribute> left = client.profile().attributes().dates().delete(anniversary.getId());

    assertThat(left).extracting(DatesAttribute::getId).containsExactly(birthday.getId());
    assertThat(client.profile().attributes().dates().list(Query.of())).extracting(DatesAttribute::getName)
        .containsExactly("Sam's birthday");
  }
}
