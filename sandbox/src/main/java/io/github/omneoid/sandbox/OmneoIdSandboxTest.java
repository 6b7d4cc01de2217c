package io.github.omneoid.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the test class a running {@link OmneoIdSandbox}: declare a parameter of that type on a test method,
 * a lifecycle method or the constructor. One sandbox per test class, closed after the class.
 *
 * <pre>{@code
 * @OmneoIdSandboxTest
 * class MyTest {
 *   @Test void reads(OmneoIdSandbox sandbox) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OmneoIdSandboxExtension.class)
public @interface OmneoIdSandboxTest {
  /**
   * Lifetime of minted ID tokens, in seconds.
   *
   * @return the token lifetime in seconds; default 3600 (one hour)
   */
  long tokenLifetimeSeconds() default 3600;

  /**
   * Seed the demo profiles ({@link OmneoIdSandbox#seedDemoData()}).
   *
   * @return whether to seed them at start; default {@code false}
   */
  boolean demoData() default false;

  /**
   * A fixed admin token; empty means random.
   *
   * @return the admin API token; default empty
   */
  String adminToken() default "";
}
