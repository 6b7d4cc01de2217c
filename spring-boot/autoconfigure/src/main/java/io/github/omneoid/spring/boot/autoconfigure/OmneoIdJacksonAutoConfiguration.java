package io.github.omneoid.spring.boot.autoconfigure;

import io.github.omneoid.jackson.OmneoIdJacksonModule;
import io.github.omneoid.jackson3.OmneoIdJackson3Module;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The models in Boot's JSON mapper: Boot adds every Jackson module bean to the mapper it builds (Jackson 2's
 * {@code Module} in Boot 3, Jackson 3's {@code JacksonModule} in Boot 4), so controllers, {@code @RequestBody} and
 * {@code RestClient} read and write the models as the API's wire JSON. Each generation's module is declared only
 * when that Jackson and its omneo-id module are on the classpath; the conditions name the classes as strings, so
 * neither is loaded where it is missing.
 */
@AutoConfiguration
public class OmneoIdJacksonAutoConfiguration {

  /** Used by Spring. */
  public OmneoIdJacksonAutoConfiguration() {
  }

  /** Jackson 2 ({@code com.fasterxml.jackson}): Boot 3. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.ObjectMapper",
      "io.github.omneoid.jackson.OmneoIdJacksonModule"})
  static class Jackson2 {

    @Bean
    @ConditionalOnMissingBean
    OmneoIdJacksonModule omneoIdJacksonModule() {
      return new OmneoIdJacksonModule();
    }
  }

  /** Jackson 3 ({@code tools.jackson}): Boot 4. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"tools.jackson.databind.ObjectMapper",
      "io.github.omneoid.jackson3.OmneoIdJackson3Module"})
  static class Jackson3 {

    @Bean
    @ConditionalOnMissingBean
    OmneoIdJackson3Module omneoIdJackson3Module() {
      return new OmneoIdJackson3Module();
    }
  }
}
