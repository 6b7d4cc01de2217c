package io.github.omneoid.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring test class ({@code @SpringBootTest}, {@code @WebMvcTest}...): starts an embedded
 * {@code OmneoIdSandbox} on loopback for the test's application context, points {@code omneo.id.base-url} and
 * {@code omneo.id.api-token} at it (over whatever the application's properties say, {@code omneo.id.tenant}
 * included), and registers it as a bean so the test can seed profiles. The sandbox stops when the context closes;
 * contexts of test classes with this annotation and otherwise the same configuration are cached and share one
 * sandbox, so reset or seed fresh data per test.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureOmneoIdSandbox
 * class ProfilePageTest {
 *   @Autowired OmneoIdSandbox sandbox;
 *   @Autowired OmneoIdProfiles profiles;
 *   ...
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureOmneoIdSandbox {
}
