package org.cbm.account;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * One of the six official languages of the United Nations, {@link AccountService#LANGUAGES}: those the web pages and
 * e-mails are written in, and so those a user may choose. {@code null} passes; add {@code @NotNull} where required.
 */
@Documented
@Constraint(validatedBy = UnLanguageValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface UnLanguage {

    String message() default "must be one of the six official UN languages: en, fr, es, ru, zh, ar";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
