package example.omneo.boot;

import io.github.omneoid.client.OmneoId;
import io.github.omneoid.model.Profile;
import io.github.omneoid.spring.boot.autoconfigure.OmneoIdProfiles;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Returns the models it reads from the API, and takes them in the API's JSON. */
@RestController
class ProfileController {

  private final OmneoIdProfiles profiles;

  ProfileController(OmneoIdProfiles profiles) {
    this.profiles = profiles;
  }

  /** The profile as the API has it. */
  @GetMapping("/customers/{profileId}")
  Profile profile(@PathVariable("profileId") String profileId) {
    try (OmneoId customer = profiles.forProfile(profileId)) {
      return customer.profile().get();
    }
  }

  /** A profile in the API's JSON, written back: nothing lost, nothing added. */
  @PostMapping("/profiles/echo")
  Profile echo(@RequestBody Profile profile) {
    return profile;
  }

  /** What the typed fields of a profile in the API's JSON hold. */
  @PostMapping("/profiles/greeting")
  Map<String, Object> greeting(@RequestBody Profile profile) {
    return Map.of("greeting", "Hello " + profile.getFirstName(),
        "gender", profile.getGender().value(),
        "genderKnown", profile.getGender().isKnown());
  }
}
