package io.github.omneoid.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code x-omneo-also} forms the spec declares for the items of a list property, e.g. a payment sent as a bare
 * code where a payment object is declared. Written by the generator on model fields beside {@link JsonShape}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface JsonItemShape {

  /** @return the items' {@code x-omneo-also} forms (as {@link JsonShape#also()}) */
  String[] also() default {};
}
