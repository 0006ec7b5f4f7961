package org.cbm.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Each number is at most the one before it, e.g. the tier weights 4, 3, 2, 1 of a concave value. */
@Documented
@Constraint(validatedBy = NonIncreasingValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NonIncreasing {

    String message() default "must not increase from one entry to the next, e.g. 4, 3, 2, 1";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
