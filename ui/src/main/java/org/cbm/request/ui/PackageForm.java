package org.cbm.request.ui;

import java.time.LocalDate;
import java.util.Set;
import org.cbm.request.RequestService;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.Theme;

/** What the recipient has entered for one work package, field by field, while editing it. */
final class PackageForm {

    /** The stored package's id, so that a revision keeps it (and its matches); empty for a new package. */
    private String id;
    private Theme theme;
    private Set<String> languages = Set.of();
    private Integer days;
    private Integer urgency;
    private LocalDate start;
    private LocalDate end;
    /** Notes written through the API; the form does not show them but keeps them. */
    private String notes;

    static PackageForm of(WorkPackage stored) {
        PackageForm form = new PackageForm();
        form.id = stored.id();
        form.theme = stored.theme();
        form.languages = stored.languages();
        form.days = stored.days();
        form.urgency = stored.urgency();
        form.start = stored.start();
        form.end = stored.end();
        form.notes = stored.notes();
        return form;
    }

    RequestService.PackageInput input() {
        return new RequestService.PackageInput(id, theme, languages, days, urgency, start, end, notes);
    }

    Theme getTheme() {
        return theme;
    }

    void setTheme(Theme theme) {
        this.theme = theme;
    }

    Set<String> getLanguages() {
        return languages;
    }

    void setLanguages(Set<String> languages) {
        this.languages = languages;
    }

    Integer getDays() {
        return days;
    }

    void setDays(Integer days) {
        this.days = days;
    }

    Integer getUrgency() {
        return urgency;
    }

    void setUrgency(Integer urgency) {
        this.urgency = urgency;
    }

    LocalDate getStart() {
        return start;
    }

    void setStart(LocalDate start) {
        this.start = start;
    }

    LocalDate getEnd() {
        return end;
    }

    void setEnd(LocalDate end) {
        this.end = end;
    }
}
