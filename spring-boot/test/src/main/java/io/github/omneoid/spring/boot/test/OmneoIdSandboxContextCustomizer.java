package io.github.omneoid.spring.boot.test;

import io.github.omneoid.sandbox.OmneoIdSandbox;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts a sandbox for one application context, and stops it when that context closes. */
final class OmneoIdSandboxContextCustomizer implements ContextCustomizer {

  /** The sandbox's bean name. */
  static final String BEAN_NAME = "omneoIdSandbox";

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    OmneoIdSandbox sandbox = OmneoIdSandbox.start();
    // First: over application.properties, so a tenant configured for production is not called from a test.
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(BEAN_NAME, Map.of(
        "omneo.id.base-url", sandbox.baseUrl(),
        "omneo.id.tenant", "",
        "omneo.id.api-token", sandbox.adminToken())));
    context.getBeanFactory().registerSingleton(BEAN_NAME, sandbox);
    // A singleton registered by hand gets no destroy callback: stop the sandbox when this context (not a child's
    // event passed up) closes.
    context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
      if (event.getApplicationContext() == context) {
        sandbox.close();
      }
    });
  }

  /** One kind of customization: equal contexts are cached and share their sandbox. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OmneoIdSandboxContextCustomizer;
  }

  @Override
  public int hashCode() {
    return OmneoIdSandboxContextCustomizer.class.hashCode();
  }
}
