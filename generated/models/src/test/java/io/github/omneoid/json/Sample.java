package io.github.omneoid.json;

import com.squareup.moshi.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A model written the way the generator writes them (pojo.mustache), with one property per reader rule. */
final class Sample extends OmneoModel {
  @Json(name = "id")
  Long id;

  @Json(name = "name")
  String name;

  @Json(name = "code")
  @JsonShape(also = { "number" })
  String code;

  @Json(name = "amount")
  @JsonShape(also = { "numeric-string" })
  BigDecimal amount;

  @Json(name = "plain_amount")
  BigDecimal plainAmount;

  @Json(name = "count")
  Integer count;

  @Json(name = "ratio")
  Double ratio;

  @Json(name = "flag")
  @JsonShape(also = { "zero-one", "string" })
  Boolean flag;

  @Json(name = "plain_flag")
  Boolean plainFlag;

  @Json(name = "meta")
  @JsonShape(nullable = true, also = { "empty-array" })
  Map<String, Object> meta;

  @Json(name = "plain_meta")
  Map<String, Object> plainMeta;

  @Json(name = "nested")
  @JsonShape(nullable = true, also = { "empty-array", "number" })
  Nested nested;

  @Json(name = "plain_nested")
  Nested plainNested;

  @Json(name = "tags")
  List<String> tags;

  @Json(name = "children")
  List<Nested> children;

  @Json(name = "payments")
  @JsonItemShape(also = { "string" })
  List<Nested> payments;

  @Json(name = "kind")
  Kind kind;

  @Json(name = "kinds")
  List<Kind> kinds;

  @Json(name = "anything")
  Object anything;

  private Sample() {
  }

  static Sample create() {
    return new Sample();
  }

  void put(String name, Object value) {
    putUntyped(name, value);
  }

  /** A nested model. */
  static final class Nested extends OmneoModel {
    @Json(name = "label")
    String label;

    private Nested() {
    }
  }

  /** An open enum as the generator writes one (modelEnum.mustache). */
  static final class Kind extends OpenEnum {
    public static final Kind RED = new Kind("red", Known.RED);
    public static final Kind BLUE = new Kind("blue", Known.BLUE);
    private static final Kind[] VALUES = { RED, BLUE };

    enum Known { RED, BLUE }

    private final Known known;

    private Kind(String value, Known known) {
      super(value);
      this.known = known;
    }

    public static Kind of(String value) {
      for (Kind candidate : VALUES) {
        if (candidate.value().equals(value)) {
          return candidate;
        }
      }
      return new Kind(value, null);
    }

    @Override
    public boolean isKnown() {
      return known != null;
    }

    java.util.Optional<Known> known() {
      return java.util.Optional.ofNullable(known);
    }
  }
}
