package org.cbm.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, DatedWindow> {

    @Override
    public boolean isValid(DatedWindow window, ConstraintValidatorContext context) {
        if (window == null || window.start() == null || window.end() == null
                || !window.end().isBefore(window.start())) {
            return true; // missing dates are reported by @NotNull on the fields themselves
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("end")
                .addConstraintViolation();
        return false;
    }
}
