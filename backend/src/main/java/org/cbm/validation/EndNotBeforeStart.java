package org.cbm.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The window's end is on or after its start; reported on the {@code end} field so a form can show it there. */
@Documented
@Constraint(validatedBy = EndNotBeforeStartValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EndNotBeforeStart {

    String message() default "must be on or after the start date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
