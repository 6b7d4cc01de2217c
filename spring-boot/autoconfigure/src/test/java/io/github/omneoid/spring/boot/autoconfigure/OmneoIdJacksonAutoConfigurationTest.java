package io.github.omneoid.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omneoid.jackson.OmneoIdJacksonModule;
import io.github.omneoid.jackson3.OmneoIdJackson3Module;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each Jackson generation's module is a bean exactly when that Jackson is there (the it-boot apps use them). */
class OmneoIdJacksonAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(OmneoIdJacksonAutoConfiguration.class));

  @Test
  void bothJacksonsBothModules() {
    runner.run(context -> assertThat(context).hasSingleBean(OmneoIdJacksonModule.class)
        .hasSingleBean(OmneoIdJackson3Module.class));
  }

  @Test
  void boot3HasOnlyJackson2() {
    runner.withClassLoader(new FilteredClassLoader("tools.jackson")).run(context -> assertThat(context)
        .hasNotFailed().hasSingleBean(OmneoIdJacksonModule.class).doesNotHaveBean("omneoIdJackson3Module"));
  }

  @Test
  void boot4HasOnlyJackson3() {
    runner.withClassLoader(new FilteredClassLoader("com.fasterxml.jackson.databind")).run(context -> assertThat(context)
        .hasNotFailed().hasSingleBean(OmneoIdJackson3Module.class).doesNotHaveBean("omneoIdJacksonModule"));
  }

  @Test
  void jacksonWithoutTheOmneoModuleIsLeftAlone() {
    runner.withClassLoader(new FilteredClassLoader("io.github.omneoid.jackson")).run(context -> assertThat(context)
        .hasNotFailed().doesNotHaveBean("omneoIdJacksonModule").doesNotHaveBean("omneoIdJackson3Module"));
  }

  @Test
  void anApplicationsOwnModuleWins() {
    OmneoIdJacksonModule own = new OmneoIdJacksonModule();
    runner.withBean(OmneoIdJacksonModule.class, () -> own)
        .run(context -> assertThat(context).getBean(OmneoIdJacksonModule.class).isSameAs(own));
  }
}
