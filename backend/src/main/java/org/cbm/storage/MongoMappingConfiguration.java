package org.cbm.storage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.event.ValidatingEntityCallback;
import jakarta.validation.Validator;

/** How documents are mapped, validated and stamped, the same for the embedded server and real MongoDB. */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
@PropertySource("classpath:cbm-storage-defaults.properties")
class MongoMappingConfiguration {

    /** Every document is validated before it is written: nothing invalid reaches the database. */
    @Bean
    ValidatingEntityCallback validatingEntityCallback(Validator validator) {
        return new ValidatingEntityCallback(validator);
    }

    /**
     * Calendar dates are stored as ISO strings ("2027-01-31"): the default mapping to a UTC instant at the
     * server's local midnight shifts dates when nodes run in different time zones; ISO strings sort correctly.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new LocalDateToString(), new StringToLocalDate()));
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    @WritingConverter
    static class LocalDateToString implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate date) {
            return date.toString();
        }
    }

    @ReadingConverter
    static class StringToLocalDate implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String text) {
            return LocalDate.parse(text);
        }
    }
}
