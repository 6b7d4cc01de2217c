package io.github.omneoid.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.omneoid.json.SchemaDriftListener;

/**
 * Reads and writes the Omneo ID API's models in a Jackson 2 {@code ObjectMapper} exactly as the client does: every
 * generated model ({@link io.github.omneoid.json.OmneoModel}, envelopes included) and open enum
 * ({@link io.github.omneoid.json.OpenEnum}) is read by {@link io.github.omneoid.json.OmneoJson}'s tolerant reader
 * (open enums, unknown properties kept, drift reported) and written as the API's wire JSON, whatever the mapper's
 * naming strategy, inclusion or {@code FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * <p>Registered through {@code META-INF/services}, so {@code ObjectMapper#findAndRegisterModules()} finds it:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new OmneoIdJacksonModule()).build();
 * Profile profile = mapper.readValue(body, ProfileEnvelope.class).getData();
 * }</pre>
 */
public final class OmneoIdJacksonModule extends Module {

  private final WireFormat wire;

  /** Reports schema drift to {@link SchemaDriftListener#defaultListener()}, as {@code OmneoJson.parse} does. */
  public OmneoIdJacksonModule() {
    this.wire = new WireFormat(null);
  }

  /**
   * Reports schema drift to {@code listener}.
   *
   * @param listener where drift goes, e.g. {@link SchemaDriftListener#strict()}
   * @throws IllegalArgumentException when {@code listener} is null
   */
  public OmneoIdJacksonModule(SchemaDriftListener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null");
    }
    this.wire = new WireFormat(listener);
  }

  /** @return {@code "omneo-id"} */
  @Override
  public String getModuleName() {
    return "omneo-id";
  }

  /** @return unknown: the module has the version of the {@code omneo-id-jackson} jar */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** @param context the mapper's set-up, given a deserializer and a serializer for every model type */
  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializers(new WireDeserializers(wire));
    context.addSerializers(new WireSerializers(wire));
  }
}
