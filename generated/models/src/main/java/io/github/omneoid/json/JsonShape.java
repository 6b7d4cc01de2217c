package io.github.omneoid.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the spec allows for one property of a generated model beyond its Java type: {@code null}
 * ({@code nullable: true}) and the other JSON forms the API sends for it ({@code x-omneo-also}). The tolerant reader
 * accepts those silently; anything else it still reads where it can, and reports as {@link SchemaDrift}.
 *
 * <p>Written by the generator on model fields; applications have no reason to use it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface JsonShape {

  /** @return whether the spec declares the property {@code nullable} */
  boolean nullable() default false;

  /**
   * @return the spec's {@code x-omneo-also} forms: {@code empty-array}, {@code numeric-string}, {@code number},
   *     {@code string}, {@code zero-one}
   */
  String[] also() default {};
}
