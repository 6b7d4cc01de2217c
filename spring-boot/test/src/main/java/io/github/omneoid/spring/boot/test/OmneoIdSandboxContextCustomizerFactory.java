package io.github.omneoid.spring.boot.test;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registered in {@code META-INF/spring.factories}: gives the test classes annotated with
 * {@link AutoConfigureOmneoIdSandbox} (or enclosed in one) a sandbox for their context.
 */
public class OmneoIdSandboxContextCustomizerFactory implements ContextCustomizerFactory {

  /** Used by Spring's test context. */
  public OmneoIdSandboxContextCustomizerFactory() {
  }

  @Override
  public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureOmneoIdSandbox.class)
        ? new OmneoIdSandboxContextCustomizer() : null;
  }
}
