package org.cbm.notification;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cbm.organisation.StateNames;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a notification in its recipient's language: Thymeleaf templates {@code mail/notification.html} and
 * {@code mail/notification.txt}, with every sentence in the bundles {@code mail/messages*.properties} and the names
 * of themes in {@code i18n/themes*.properties} (shared with the web UI). Adding a language is adding a bundle of
 * each; a language without one gets English.
 *
 * <p>The engine and its message source are the mail's own, not the application's: the web UI keeps its own
 * translations and no Thymeleaf view resolver is added to the web layer.
 */
@Component
class MailRenderer {

    /** The values that sentences may quote, in the order of their MessageFormat arguments {0}, {1}, ... */
    private static final List<String> SENTENCE_ARGUMENTS =
            List.of("requestTitle", "packageTheme", "recipientState", "providerName", "offerTitle", "days", "period");

    /** The values listed under "details", in this order, each when given. */
    private static final List<String> DETAILS =
            List.of("requestTitle", "packageTheme", "recipientState", "providerName", "offerTitle", "days", "period", "matchId");

    /**
     * Values given as the code of a fixed vocabulary, with the prefix of the keys of their names in the bundles: the
     * caller cannot know the recipient's language, so it names the theme and the mail writes it, e.g.
     * {@code INCIDENT_RESPONSE} as "Réponse aux incidents" in French.
     */
    private static final Map<String, String> CODES = Map.of("packageTheme", "theme.");

    /**
     * Names of States given with the State's id under another value: the mail writes them in the recipient's
     * language (see {@link StateNames}); without the id, as given.
     */
    private static final Map<String, String> STATE_IDS = Map.of("recipientState", "recipientStateId",
            "providerName", "providerStateId");

    private final ResourceBundleMessageSource messages;
    private final SpringTemplateEngine engine;

    MailRenderer() {
        messages = new ResourceBundleMessageSource();
        messages.setBasenames("mail/messages", "i18n/themes");
        messages.setDefaultEncoding("UTF-8");
        // Unknown languages get the base bundle (English), never the server's own locale.
        messages.setFallbackToSystemLocale(false);
        // Every sentence goes through MessageFormat, so translators write apostrophes the same way everywhere.
        messages.setAlwaysUseMessageFormat(true);

        engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT));
    }

    RenderedMail render(Recipient to, NotificationKind kind, Map<String, String> given) {
        Locale locale = Locale.forLanguageTag(to.language());
        Map<String, String> values = written(given, locale);
        String link = values.get("link");
        // The link becomes an href: only web addresses, never javascript: or data: URLs.
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
            throw new IllegalArgumentException("The link of a notification must be an absolute http(s) URL, was: " + link);
        }
        Object[] arguments = SENTENCE_ARGUMENTS.stream().map(name -> values.getOrDefault(name, "")).toArray();
        Map<String, String> details = new LinkedHashMap<>();
        DETAILS.stream().filter(name -> values.get(name) != null && !values.get(name).isBlank())
                .forEach(name -> details.put(name, values.get(name)));
        String subject = messages.getMessage(kind.name() + ".subject", arguments, locale);

        Context context = new Context(locale);
        context.setVariable("lang", messages.getMessage("language", null, locale));
        context.setVariable("rtl", "rtl".equals(messages.getMessage("direction", null, locale)));
        context.setVariable("kind", kind.name());
        context.setVariable("name", to.displayName());
        context.setVariable("subject", subject);
        context.setVariable("arguments", arguments);
        context.setVariable("details", details);
        context.setVariable("reason", values.get("reason"));
        context.setVariable("link", link);
        return new RenderedMail(messages.getMessage("language", null, locale), subject,
                engine.process("notification.txt", context), engine.process("notification.html", context));
    }

    /** The values with each code written as its name in the recipient's language; an unknown code stays as it is. */
    private Map<String, String> written(Map<String, String> given, Locale locale) {
        Map<String, String> values = new HashMap<>(given);
        CODES.forEach((name, keyPrefix) -> {
            String code = given.get(name);
            String text = code == null ? null : messages.getMessage(keyPrefix + code, null, null, locale);
            if (text != null) {
                values.put(name, text);
            }
        });
        STATE_IDS.forEach((name, idName) -> {
            if (given.get(name) != null && given.get(idName) != null) {
                values.put(name, StateNames.of(given.get(idName), given.get(name), locale));
            }
        });
        return values;
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        return resolver;
    }
}
