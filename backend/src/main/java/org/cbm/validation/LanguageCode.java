package org.cbm.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A two-letter ISO 639-1 language code in lower case, such as {@code en} or {@code fr}. */
@Documented
@Constraint(validatedBy = LanguageCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageCode {

    String message() default "must be a two-letter ISO 639-1 language code, such as en or fr";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
