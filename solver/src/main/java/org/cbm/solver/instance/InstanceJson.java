package org.cbm.solver.instance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads and writes {@code cbm-instance/1}. Reading checks the JSON field by field and then runs the
 * {@link InstanceValidator}, so a caller gets either a consistent instance or every problem at once.
 */
public final class InstanceJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private InstanceJson() {
    }

    public static Instance read(Path file) throws IOException, InvalidInstanceException {
        return parse(Files.readString(file));
    }

    public static Instance parse(String json) throws InvalidInstanceException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson's message repeats the location in its own words; the line and column are enough.
            String reason = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "");
            throw new InvalidInstanceException(List.of("not valid JSON: " + reason
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
        List<String> problems = new ArrayList<>();
        Instance instance = fromTree(root, problems);
        if (problems.isEmpty()) {
            problems.addAll(InstanceValidator.problems(instance));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return instance;
    }

    public static String toJson(Instance instance) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Instance.FORMAT);
        root.setAll((ObjectNode) MAPPER.valueToTree(instance));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an instance always serialises", e);
        }
    }

    private static Instance fromTree(JsonNode root, List<String> problems) {
        if (root == null || !root.isObject()) {
            problems.add("instance: the document is not a JSON object");
            return null;
        }
        JsonFields top = new JsonFields(root, "instance", problems);
        String format = top.text("format");
        if (format != null && !format.equals(Instance.FORMAT)) {
            problems.add("instance: field 'format' is '" + format + "', expected '" + Instance.FORMAT + "'");
        }
        String id = top.text("id");
        Policy policy = policy(root.get("policy"), problems);
        List<Recipient> recipients = list(root, "recipients", true, problems, InstanceJson::recipient);
        List<Provider> providers = list(root, "providers", true, problems, InstanceJson::provider);
        List<Offer> offers = list(root, "offers", true, problems, InstanceJson::offer);
        List<WorkPackage> packages = list(root, "packages", true, problems, InstanceJson::workPackage);
        List<PackageOfferPair> pinned = list(root, "pinned", false, problems, InstanceJson::pair);
        List<PackageOfferPair> declined = list(root, "declined", false, problems, InstanceJson::pair);
        List<PackageOfferPair> previous = list(root, "previous", false, problems, InstanceJson::pair);
        return new Instance(id, policy, recipients, providers, offers, packages, pinned, declined, previous);
    }

    private static Policy policy(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return Policy.DEFAULT;
        }
        Policy defaults = Policy.DEFAULT;
        JsonFields fields = new JsonFields(node, "policy", problems);
        return new Policy(
                fields.integers("tierWeights", defaults.tierWeights()),
                fields.integerOrDefault("concentrationCapPercent", defaults.concentrationCapPercent()),
                fields.integerOrDefault("concentrationPenalty", defaults.concentrationPenalty()),
                fields.integerOrDefault("stabilityPenalty", defaults.stabilityPenalty()),
                fields.integerOrDefault("interestBonus", defaults.interestBonus()));
    }

    private static <T> List<T> list(JsonNode root, String field, boolean required, List<String> problems,
                                    Function<JsonFields, T> reader) {
        JsonNode array = root.get(field);
        List<T> result = new ArrayList<>();
        if (array == null || array.isNull()) {
            if (required) {
                problems.add("instance: field '" + field + "' is missing");
            }
            return result;
        }
        if (!array.isArray()) {
            problems.add("instance: field '" + field + "' must be a list");
            return result;
        }
        for (int index = 0; index < array.size(); index++) {
            JsonNode element = array.get(index);
            if (!element.isObject()) {
                problems.add(field + "[" + index + "]: is not a JSON object");
                continue;
            }
            JsonNode id = element.get(element.has("id") ? "id" : "packageId");
            String label = field + "[" + index + "]" + (id != null && id.isTextual() ? " '" + id.asText() + "'" : "");
            JsonFields fields = new JsonFields(element, label, problems);
            T value = reader.apply(fields);
            if (!fields.broken()) {
                result.add(value);
            }
        }
        return result;
    }

    private static Recipient recipient(JsonFields fields) {
        return new Recipient(fields.text("id"), fields.optionalText("name"),
                fields.enumValue("region", Region.class, Region::fromLabel),
                fields.enumValue("incomeGroup", IncomeGroup.class, IncomeGroup::valueOf),
                fields.integer("weight"), fields.strings("vetoedProviders", false));
    }

    private static Provider provider(JsonFields fields) {
        return new Provider(fields.text("id"), fields.optionalText("name"),
                fields.enumValue("kind", OrganisationKind.class, OrganisationKind::valueOf));
    }

    private static Offer offer(JsonFields fields) {
        return new Offer(fields.text("id"), fields.text("providerId"), fields.integer("capacityDays"),
                fields.enumSet("themes", Theme.class, Theme::valueOf, false), fields.languages("languages"),
                fields.date("start"), fields.date("end"),
                fields.enumSet("eligibleRegions", Region.class, Region::fromLabel, true),
                fields.enumSet("eligibleIncomeGroups", IncomeGroup.class, IncomeGroup::valueOf, true));
    }

    private static WorkPackage workPackage(JsonFields fields) {
        return new WorkPackage(fields.text("id"), fields.text("requestId"), fields.text("recipientId"),
                fields.enumValue("theme", Theme.class, Theme::valueOf), fields.languages("languages"),
                fields.integer("days"), fields.integer("urgency"), fields.date("start"), fields.date("end"),
                fields.strings("interestedProviders", false));
    }

    private static PackageOfferPair pair(JsonFields fields) {
        return new PackageOfferPair(fields.text("packageId"), fields.text("offerId"));
    }
}
