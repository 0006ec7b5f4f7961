package org.cbm.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

public class NonIncreasingValidator implements ConstraintValidator<NonIncreasing, List<Integer>> {

    @Override
    public boolean isValid(List<Integer> values, ConstraintValidatorContext context) {
        if (values == null) {
            return true;
        }
        for (int i = 1; i < values.size(); i++) {
            Integer previous = values.get(i - 1);
            Integer current = values.get(i);
            if (previous != null && current != null && current > previous) {
                return false;
            }
        }
        return true; // missing entries are reported by their own constraints
    }
}
