package org.cbm.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

public class LanguageCodeValidator implements ConstraintValidator<LanguageCode, String> {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || ISO_639_1.contains(code);
    }
}
