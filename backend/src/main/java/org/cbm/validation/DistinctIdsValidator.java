package org.cbm.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

public class DistinctIdsValidator implements ConstraintValidator<DistinctIds, List<? extends DistinctIds.Identified>> {

    @Override
    public boolean isValid(List<? extends DistinctIds.Identified> items, ConstraintValidatorContext context) {
        return items == null || items.stream().map(DistinctIds.Identified::id).distinct().count() == items.size();
    }
}
