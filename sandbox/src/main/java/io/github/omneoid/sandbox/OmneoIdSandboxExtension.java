package io.github.omneoid.sandbox;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension injecting a running {@link OmneoIdSandbox} into parameters of that type. One sandbox per
 * test class (nested classes get their own), stopped when the class finishes. Use it through
 * {@link OmneoIdSandboxTest} or {@code @ExtendWith(OmneoIdSandboxExtension.class)}.
 */
public final class OmneoIdSandboxExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OmneoIdSandboxExtension.class);

  /** Instantiated by JUnit. */
  public OmneoIdSandboxExtension() {
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == OmneoIdSandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Class<?> testClass = classContext.getRequiredTestClass();
    Holder holder = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass.getName(),
        k -> new Holder(start(testClass)), Holder.class);
    return holder.sandbox;
  }

  private static OmneoIdSandbox start(Class<?> testClass) {
    Optional<OmneoIdSandboxTest> config = Optional.empty();
    for (Class<?> c = testClass; c != null && !config.isPresent(); c = c.getEnclosingClass()) {
      config = AnnotationSupport.findAnnotation(c, OmneoIdSandboxTest.class);
    }
    OmneoIdSandbox.Builder b = OmneoIdSandbox.builder();
    if (config.isPresent()) {
      b.tokenLifetime(Duration.ofSeconds(config.get().tokenLifetimeSeconds()));
      if (config.get().demoData()) {
        b.demoData();
      }
      if (!config.get().adminToken().isEmpty()) {
        b.adminToken(config.get().adminToken());
      }
    }
    return b.start();
  }

  /**
   * Closed by JUnit with the class's store: through {@link AutoCloseable} on JUnit 5.13+, through the older
   * {@code CloseableResource} before that.
   */
  @SuppressWarnings("deprecation")
  static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final OmneoIdSandbox sandbox;

    Holder(OmneoIdSandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public void close() {
      sandbox.close();
    }
  }
}
