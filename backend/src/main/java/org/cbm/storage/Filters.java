package org.cbm.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * The conditions of a filtered list (what the user may see, and each filter that was given), run as one page of a
 * database query, with its total count ({@link #page}) or without ({@link #find}).
 */
public final class Filters {

    private final List<Criteria> conditions = new ArrayList<>();

    private Filters(Criteria visible) {
        conditions.add(visible);
    }

    /** Starts from what the user may see; {@code new Criteria()} when that is everything. */
    public static Filters visible(Criteria visible) {
        return new Filters(visible);
    }

    /** Adds {@code field = value} when a value is given; {@code null} (or blank text) means any. */
    public Filters equal(String field, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(where(field).is(value));
        }
        return this;
    }

    /** Adds "{@code field} is one of {@code values}" when values are given; {@code null} or none means any. */
    public Filters oneOf(String field, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            conditions.add(where(field).in(values));
        }
        return this;
    }

    /**
     * Adds "one of {@code fields} contains {@code text}, in any case" when text is given; {@code null} or blank means
     * any. The text is matched literally: characters such as {@code .} or {@code (} have no special meaning.
     */
    public Filters containsText(String text, String... fields) {
        if (text != null && !text.isBlank()) {
            Pattern pattern = Pattern.compile(Pattern.quote(text.strip()), Pattern.CASE_INSENSITIVE);
            conditions.add(new Criteria().orOperator(Arrays.stream(fields).map(field -> where(field).regex(pattern)).toList()));
        }
        return this;
    }

    /** Adds any other condition. */
    public Filters and(Criteria condition) {
        conditions.add(condition);
        return this;
    }

    public Query query() {
        return Query.query(new Criteria().andOperator(conditions));
    }

    /** {@code pageable} in the order of {@code sort}, whatever order it asked for; paged or not, as it was. */
    public static Pageable sorted(Pageable pageable, Sort sort) {
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }

    /** One page of the matching documents with the total of all that match (counted when it cannot be inferred). */
    public <T> Page<T> page(MongoOperations mongo, Pageable pageable, Class<T> type) {
        Query query = query();
        return PageableExecutionUtils.getPage(find(mongo, pageable, type), pageable, () -> mongo.count(query, type));
    }

    /** One page of the matching documents, without counting them all. */
    public <T> List<T> find(MongoOperations mongo, Pageable pageable, Class<T> type) {
        return mongo.find(query().with(pageable), type);
    }
}
