package org.cbm.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class UnLanguageValidator implements ConstraintValidator<UnLanguage, String> {

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || AccountService.LANGUAGES.contains(code);
    }
}
