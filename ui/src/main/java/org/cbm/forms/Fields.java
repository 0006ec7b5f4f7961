package org.cbm.forms;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.cbm.shell.LabelOrder;
import org.cbm.solver.instance.Theme;

/**
 * Input fields that forms and lists share, labelled and set up for the UI language: a date picker with the month
 * and day names of that language, the working languages of assistance, a count of expert-days, a search field.
 */
public final class Fields {

    /** The languages assistance may be delivered in: the six official UN languages and Portuguese. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar", "pt");

    private Fields() {
    }

    /** The name of a theme in the UI language. */
    public static String themeName(Theme theme) {
        return text("theme." + theme.name());
    }

    /** These themes in the alphabetical order of their names in the UI language. */
    public static List<Theme> byThemeName(Collection<Theme> themes) {
        return LabelOrder.sorted(themes, UI.getCurrent().getLocale(), Fields::themeName);
    }

    /** A search field that calls {@code onChange} once typing pauses, labelled "Search" in the UI language. */
    public static TextField search(String id, String placeholder, Runnable onChange) {
        TextField search = new TextField(UI.getCurrent().getTranslation("common.search"));
        search.setId(id);
        search.setPlaceholder(placeholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> onChange.run());
        return search;
    }

    public static DatePicker datePicker(String label) {
        Locale locale = UI.getCurrent().getLocale();
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        // The calendar overlay names months and days in English unless told otherwise.
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                        .toList())
                .setWeekdays(sundayFirst().stream()
                        .map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(sundayFirst().stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(text("form.date.today"))
                .setCancel(text("common.cancel"))
                .setBadInputErrorMessage(text("form.date.invalid")));
        return picker;
    }

    /** The languages of assistance by their names in the UI language; the value is the set of ISO 639-1 codes. */
    public static MultiSelectComboBox<String> languages(String label) {
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>(label);
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(code -> text("language." + code));
        return languages;
    }

    /** A whole number of expert-days. */
    public static IntegerField expertDays(String label) {
        IntegerField days = new IntegerField(label);
        days.setStepButtonsVisible(true);
        days.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(text("form.number.invalid")));
        return days;
    }

    private static List<DayOfWeek> sundayFirst() {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
