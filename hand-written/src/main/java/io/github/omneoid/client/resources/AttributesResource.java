package io.github.omneoid.client.resources;

import io.github.omneoid.api.AttributesApi;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.internal.Transport;
import io.github.omneoid.model.CustomAttribute;
import io.github.omneoid.model.CustomAttributeInput;
import io.github.omneoid.model.DatesAttribute;
import io.github.omneoid.model.DatesAttributeInput;
import io.github.omneoid.model.ProfileAppearance;
import io.github.omneoid.model.ProfileAppearanceInput;
import io.github.omneoid.model.ProfileComms;
import io.github.omneoid.model.ProfileCommsInput;
import java.util.List;

/** {@code /profiles/me/attributes/...}: comms preferences, appearance, custom attributes, dates (facts §2.4). */
public final class AttributesResource extends Resource {

  AttributesResource(Transport transport) {
    super(transport);
  }

  public Comms comms() {
    return new Comms();
  }

  public Appearance appearance() {
    return new Appearance();
  }

  public Custom custom() {
    return new Custom();
  }

  public Dates dates() {
    return new Dates();
  }

  private AttributesApi attributesApi() {
    return api(AttributesApi.class);
  }

  /** {@code /attributes/comms}: every channel's flags. */
  public final class Comms {
    public ProfileComms get() {
      return data(attributesApi().getMyCommsAttributes());
    }

    /** Only the flags set on {@code update} are sent; the server merges them. */
    public ProfileComms update(ProfileCommsInput update) {
      return data(attributesApi().updateMyCommsAttributes(body(update, "update")));
    }
  }

  /** {@code /attributes/appearance}: sizes and measurements. */
  public final class Appearance {
    public ProfileAppearance get() {
      return data(attributesApi().getMyAppearanceAttributes());
    }

    public ProfileAppearance update(ProfileAppearanceInput update) {
      return data(attributesApi().updateMyAppearanceAttributes(body(update, "update")));
    }
  }

  /** {@code /attributes/custom/{namespace}:{handle}}: one path segment, the two parts joined by a colon. */
  public final class Custom {
    public List<CustomAttribute> list(Query query) {
      return data(attributesApi().listMyCustomAttributes(required(query).toMap()));
    }

    public CustomAttribute get(String namespace, String handle) {
      return data(attributesApi().getMyCustomAttribute(key(namespace, handle)));
    }

    /** Creates the attribute or replaces its value. */
    public CustomAttribute put(String namespace, String handle, CustomAttributeInput value) {
      return data(attributesApi().upsertMyCustomAttribute(key(namespace, handle), body(value, "value")));
    }

    public void delete(String namespace, String handle) {
      send(attributesApi().deleteMyCustomAttribute(key(namespace, handle)));
    }

    private String key(String namespace, String handle) {
      return segment(namespace, "namespace") + ":" + segment(handle, "handle");
    }
  }

  /** {@code /attributes/dates}: anniversaries and other dates; upserted by {@code handle} + {@code relationship}. */
  public final class Dates {
    public List<DatesAttribute> list(Query query) {
      return data(attributesApi().listMyDatesAttributes(required(query).toMap()));
    }

    public DatesAttribute put(DatesAttributeInput date) {
      return data(attributesApi().upsertMyDatesAttribute(body(date, "date")));
    }

    /** @return the dates left after the delete (the server answers 200 with them, facts §2.4) */
    public List<DatesAttribute> delete(long dateId) {
      return data(attributesApi().deleteMyDatesAttribute(dateId));
    }
  }
}
