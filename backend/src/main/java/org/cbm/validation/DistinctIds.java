package org.cbm.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** No two elements of the list share an id (elements implement {@link Identified}). */
@Documented
@Constraint(validatedBy = DistinctIdsValidator.class)
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface DistinctIds {

    String message() default "must not contain two items with the same id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Something with an id. */
    interface Identified {
        String id();
    }
}
