package io.github.omneoid.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.json.DataEnvelope;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.PagedEnvelope;
import io.github.omneoid.json.SchemaDrift;
import io.github.omneoid.json.SchemaDriftListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated models read JSON shaped like the API's with the published Moshi set-up, and write it back. The
 * fixtures carry real-API idioms the reader tolerates; each test names the drift it expects.
 */
class ModelJsonTest {

  private final List<String> drifts = new ArrayList<>();
  private final SchemaDriftListener recording = drift -> drifts.add(drift.model() + "." + drift.field());

  private <T> T lenient(String json, Class<T> type) throws IOException {
    return OmneoJson.parse(json, type, recording);
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = ModelJsonTest.class.getResourceAsStream("/fixtures/" + name)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFullProfileWithCommsAddressesAndAttributes() throws IOException {
    ProfileEnvelope envelope = lenient(fixture("profile.json"), ProfileEnvelope.class);
    Profile profile = envelope.getData();

    assertThat(envelope).isInstanceOf(DataEnvelope.class);
    assertThat(profile.getId()).isEqualTo("93770831-e18d-467c-b213-0087218ae9dd");
    assertThat(profile.getFirstName()).isEqualTo("Ann");
    assertThat(profile.getGender()).isEqualTo(Gender.WITHELD);
    assertThat(profile.getTitle()).isNull();
    assertThat(profile.getBirthDay()).isEqualTo(4);
    assertThat(profile.getIsCompleted()).as("0/1 read as boolean").isTrue();
    assertThat(profile.getJoinedLocationId()).isEqualTo(12L);
    assertThat(profile.getNextBirthday()).as("an old API's date object where a date string is declared").isNull();
    assertThat(OmneoJson.raw(profile, "next_birthday")).hasValueSatisfying(raw ->
        assertThat(((Map<?, ?>) raw).get("timezone")).isEqualTo("UTC"));
    assertThat(drifts).contains("Profile.next_birthday");
    assertThat(profile.getCustomFields()).containsEntry("vip", true).containsEntry("shoe", "42");
    assertThat(profile.getTags()).containsExactly("tag1", "tag2");
    assertThat(profile.getRewardBalance()).isEqualByComparingTo("12.50");
    assertThat(profile.getRewardBalance().toPlainString()).as("digits as sent").isEqualTo("12.50");
    assertThat(profile.getCombinedBalanceDollars()).as("a quoted number").isEqualByComparingTo("30.10");
    assertThat(profile.getCreatedAt()).isEqualTo("2024-02-13 04:07:46");

    ProfileComms comms = profile.getAttributes().getComms();
    assertThat(comms.getEmailPromo()).isTrue();
    assertThat(comms.getEmailOptout()).isFalse();
    assertThat(comms.getSmsPromo()).isNull();
    assertThat(comms.getPushDiscover()).isFalse();
    assertThat(comms.getEmailVerification()).isEqualTo(CommsVerification.SENT);
    assertThat(comms.getTermsAcceptedAt()).isEqualTo("2024-02-13 04:07:46");
    assertThat(profile.getAttributes().getAppearance().getHairColour()).isEqualTo("Brown");
    assertThat(profile.getAttributes().getDates().get(0).getRelationship()).isEqualTo("Me");

    Address address = profile.getAddresses().get(0);
    assertThat(address.getId()).isEqualTo(518L);
    assertThat(address.getLatitude()).isEqualByComparingTo("-37.8122382");
    assertThat(address.getLongitude()).as("a numeric string the spec declares").isEqualByComparingTo("144.96");
    assertThat(address.getAddressLine2()).isNull();
    assertThat(address.getPostcode()).isEqualTo("3002");
  }

  @Test
  void unknownEnumValuesAndUnknownFieldsDoNotFailTheResponse() throws IOException {
    Profile profile = lenient(fixture("profile.json"), ProfileEnvelope.class).getData();

    assertThat(profile.getProfileType()).as("'ambassador' is not a known ProfileType, and is kept")
        .isEqualTo(ProfileType.of("ambassador"));
    assertThat(profile.getProfileType().known()).isEmpty();
    assertThat(drifts).contains("Profile.profile_type");
    assertThat(OmneoJson.raw(profile, "a_field_added_next_year")).isPresent();
    assertThat(profile.getEmail()).as("fields after the unknown ones are still read").isEqualTo("ann@example.com");
  }

  @Test
  void aPaginatedListWithLinksAndMeta() throws IOException {
    LocationPage page = lenient(fixture("location-page.json"), LocationPage.class);

    assertThat(page).isInstanceOf(PagedEnvelope.class);
    assertThat(page.getData()).hasSize(2);
    Location first = page.getData().get(0);
    assertThat(first.getId()).isEqualTo(7L);
    assertThat(first.getIsPublished()).isTrue();
    assertThat(first.getNormalHours().get(0).getDayOfWeek()).isEqualTo(DayOfWeek.MON);
    assertThat(first.getNormalHours().get(0).getOpenAt()).isEqualTo("09:00");
    assertThat(first.getNormalHours().get(1).getDayOfWeek()).isEqualTo(DayOfWeek.of("HOLIDAY"));
    assertThat(first.getSpecialHours().get(0).getIsRepeating()).as("0 read as false").isFalse();
    assertThat(first.getSpecialHours().get(0).getStartAt()).isEqualTo("2026-12-25 00:00:00");
    assertThat(page.getData().get(1).getName()).isNull();
    assertThat(page.getData().get(1).getIsPermanentlyClosed()).isTrue();

    assertThat(page.getMeta().getTotal()).isEqualTo(6);
    assertThat(page.getMeta().getLastPage()).isEqualTo(3);
    assertThat(page.getMeta().getLinks()).as("optional in Laravel's paginator").isNull();
    assertThat(page.getLinks().getPrev()).isNull();
    assertThat(page.getLinks().getNext()).endsWith("/locations?page=2");
  }

  @Test
  void theFlatPaginatorOfGroupedTransactions() throws IOException {
    GroupedTransactionPaginator page = OmneoJson.parse(fixture("grouped-transactions.json"),
        GroupedTransactionPaginator.class);

    assertThat(page.getCurrentPage()).isEqualTo(2);
    assertThat(page.getTotal()).isEqualTo(37);
    assertThat(page.getPerPage()).isEqualTo(10);
    assertThat(page.getPrevPageUrl()).isNull();
    assertThat(page.getNextPageUrl()).endsWith("?page=3");
    assertThat(page.getLinks().get(0).getActive()).isFalse();
    GroupedTransaction group = page.getData().get(0);
    assertThat(group.getOrderNumber()).isEqualTo("SO-1");
    assertThat(group.getNumberTransactions()).isEqualTo(2);
  }

  @Test
  void aValidationErrorBody() throws IOException {
    ValidationErrorResponse error = OmneoJson.parse(fixture("validation-error.json"), ValidationErrorResponse.class);

    assertThat(error.getMessage()).isEqualTo("The given data was invalid.");
    assertThat(error.getErrors()).containsEntry("mobile_phone", Collections.singletonList("The phone number exists"))
        .containsEntry("email", Arrays.asList("The email field is required.",
            "The email must be a valid email address."));
  }

  @Test
  void aPartialUpdateSendsOnlyTheFieldsSet() {
    ProfileUpdate update = new ProfileUpdate().firstName("Ann").tags(Arrays.asList("a", "b"));

    assertThat(OmneoJson.toJson(update, ProfileUpdate.class)).isEqualTo("{\"first_name\":\"Ann\",\"tags\":[\"a\",\"b\"]}");
  }

  @Test
  void roundTripsKeepEveryValueTheResponseCarried() throws IOException {
    Profile profile = lenient(fixture("profile.json"), ProfileEnvelope.class).getData();

    String json = OmneoJson.toJson(profile, Profile.class);
    Profile again = lenient(json, Profile.class);

    assertThat(json).contains("\"reward_balance\":12.50").contains("\"gender\":\"witheld\"")
        .contains("\"profile_type\":\"ambassador\"").contains("\"a_field_added_next_year\":{");
    assertThat(again).isEqualTo(profile).hasSameHashCodeAs(profile);
    assertThat(again.toBuilder().firstName("Bo").build()).isNotEqualTo(profile);
  }

  @Test
  void responseModelsAreImmutableAndBuiltByBuilders() throws IOException {
    Profile built = Profile.builder().firstName("Ann").tags(new ArrayList<>(Arrays.asList("a"))).build();

    assertThat(built.getFirstName()).isEqualTo("Ann");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> built.getTags().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Profile.class.getMethods()).extracting(java.lang.reflect.Method::getName)
        .noneMatch(name -> name.startsWith("set"));
  }

  @Test
  void toStringMasksTheMintedToken() throws IOException {
    AuthTokenEnvelope minted = OmneoJson.parse("{\"data\":{\"token\":\"eyJhbGc.secret.sig\",\"exp\":1767225599}}",
        AuthTokenEnvelope.class);

    assertThat(minted.getData().getToken()).isEqualTo("eyJhbGc.secret.sig");
    assertThat(minted.getData().getExp()).isEqualTo(1767225599L);
    assertThat(minted.toString()).doesNotContain("secret").contains("token=***");
  }

  @Test
  void toStringHidesPersonalDataSoAModelCanBeLogged() throws IOException {
    Profile profile = lenient(fixture("profile.json"), ProfileEnvelope.class).getData();

    String logged = profile.toString() + profile.getAddresses().get(0).toString();

    assertThat(logged).doesNotContain("ann@example.com", "+61400000000", "Ann", "Lee", "1 Main St", "3002",
        "-37.8122382").contains("email=***", "firstName=***", "mobilePhone=***", "addressLine1=***")
        .contains("id=93770831-e18d-467c-b213-0087218ae9dd");
  }

  @Test
  void amountsAreBigDecimals() throws IOException {
    RedeemInput input = new RedeemInput().amount(new BigDecimal("10.05"));
    assertThat(OmneoJson.toJson(input, RedeemInput.class)).isEqualTo("{\"amount\":10.05}");
  }
}
