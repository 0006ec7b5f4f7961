package org.cbm.validation;

import java.time.LocalDate;

/** Anything with an inclusive time window: a work package's requested period, an offer's availability. */
public interface DatedWindow {

    LocalDate start();

    LocalDate end();
}
