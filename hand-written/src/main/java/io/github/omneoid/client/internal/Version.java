package io.github.omneoid.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, written into a resource by the build; it names the library in {@code User-Agent}. */
final class Version {

  private static final String USER_AGENT = "omneo-id-java/" + read();

  private Version() {
  }

  static String userAgent() {
    return USER_AGENT;
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("/io/github/omneoid/client/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
