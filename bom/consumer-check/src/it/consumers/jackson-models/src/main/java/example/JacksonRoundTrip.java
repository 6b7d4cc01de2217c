package example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.omneoid.json.OmneoJson;
import io.github.omneoid.json.SchemaDriftListener;
import io.github.omneoid.model.ProfileEnvelope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an API body into the model with a Jackson 2 and a Jackson 3 mapper (modules found by the service loader,
 * snake_case naming set to tempt them) and checks both read what OmneoJson reads and write what it writes.
 */
public final class JacksonRoundTrip {

  public static void main(String[] args) throws Exception {
    String body = Files.readString(Path.of(args[0]));
    ProfileEnvelope expected = OmneoJson.parse(body, ProfileEnvelope.class, SchemaDriftListener.strict());
    String wire = OmneoJson.toJson(expected, ProfileEnvelope.class);

    ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules()
        .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
    ProfileEnvelope read2 = jackson2.readValue(body, ProfileEnvelope.class);
    check("jackson2", read2, expected, jackson2.readTree(jackson2.writeValueAsString(read2)), jackson2.readTree(wire));

    JsonMapper jackson3 = JsonMapper.builder().findAndAddModules()
        .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.UPPER_CAMEL_CASE).build();
    ProfileEnvelope read3 = jackson3.readValue(body, ProfileEnvelope.class);
    check("jackson3", read3, expected, jackson3.readTree(jackson3.writeValueAsString(read3)), jackson3.readTree(wire));
  }

  private static void check(String name, Object read, Object expected, Object written, Object wire) {
    if (!Objects.equals(read, expected) || !Objects.equals(written, wire)) {
      throw new AssertionError(name + ": the model or its JSON differs from OmneoJson's");
    }
    System.out.println(name + ": read and wrote the API's JSON as OmneoJson does");
  }
}
