package org.cbm.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.cbm.matching.Match;
import org.cbm.matching.MatchStatus;
import org.cbm.matching.Side;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferStatus;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.StateProfile;
import org.cbm.request.AssistanceRequest;
import org.cbm.request.RequestStatus;
import org.cbm.request.WorkPackage;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;

/**
 * Generates a realistic demonstration marketplace from the reference States: about 60 recipient States with
 * about 120 published requests of 1-5 work packages, about 40 providers (donor States and invented companies,
 * international organisations, NGOs and universities) with about 120 offers, and a few matches in every
 * lifecycle status. The same seed always gives the same marketplace, ids included, which makes seeding
 * idempotent. Which State asks for what is random: it says nothing about any real State.
 */
final class DemoMarketplace {

    /** The demo recipient account's State; always among the recipients. */
    static final String DEMO_RECIPIENT_STATE = "KEN";
    /** The demo provider account's organisation; always among the donor States. */
    static final String DEMO_PROVIDER_STATE = "EST";
    static final String COORDINATION_OFFICE = "un-coordination";

    private static final int RECIPIENT_COUNT = 60;
    private static final int PUBLISHED_REQUEST_COUNT = 120;
    private static final int MATCHES_PER_STATUS = 3;
    private static final LocalDate HORIZON_START = LocalDate.of(2027, 1, 1);
    private static final int HORIZON_DAYS = 730;
    private static final Instant CREATED = Instant.parse("2026-09-01T09:00:00Z");
    private static final int PUBLICATION_SPREAD_SECONDS = 60 * 86_400;

    private static final List<String> DONOR_STATES = List.of("EST", "NOR", "JPN", "KOR", "DEU", "FRA", "GBR", "NLD",
            "AUS", "CAN", "SGP", "FIN", "CHE", "ESP", "ARE", "BRA", "CHL");

    private static final List<PartnerSeed> PARTNERS = List.of(
            new PartnerSeed("northwind-cyber", "Northwind Cyber Defence Ltd", OrganisationKind.PRIVATE, "en"),
            new PartnerSeed("sentinelle-securite", "Sentinelle Sécurité SA", OrganisationKind.PRIVATE, "fr"),
            new PartnerSeed("aurora-secure", "Aurora Secure Systems", OrganisationKind.PRIVATE, "en"),
            new PartnerSeed("kibo-digital", "Kibo Digital Trust", OrganisationKind.PRIVATE, "en"),
            new PartnerSeed("andes-ciber", "Andes Ciberseguridad SpA", OrganisationKind.PRIVATE, "es"),
            new PartnerSeed("polar-forensics", "Polar Forensics Lab", OrganisationKind.PRIVATE, "ru"),
            new PartnerSeed("lotus-shield", "Lotus Shield Technologies", OrganisationKind.PRIVATE, "zh"),
            new PartnerSeed("oasis-infosec", "Oasis InfoSec Consulting", OrganisationKind.PRIVATE, "ar"),
            new PartnerSeed("gccb-forum", "Global Cyber Capacity Forum", OrganisationKind.INTERNATIONAL_ORG, "en"),
            new PartnerSeed("african-cert-network", "Network of African CERTs", OrganisationKind.INTERNATIONAL_ORG, "fr"),
            new PartnerSeed("pacific-cyber-hub", "Pacific Islands Cyber Hub", OrganisationKind.INTERNATIONAL_ORG, "en"),
            new PartnerSeed("oas-cyber-programme", "Inter-American Cyber Programme", OrganisationKind.INTERNATIONAL_ORG, "es"),
            new PartnerSeed("asean-cyber-centre", "Regional Cyber Capacity Centre (Asia)", OrganisationKind.INTERNATIONAL_ORG, "en"),
            new PartnerSeed("arab-cyber-council", "Arab Regional Cybersecurity Council", OrganisationKind.INTERNATIONAL_ORG, "ar"),
            new PartnerSeed("open-net-rights", "Open Net Rights Initiative", OrganisationKind.CIVIL_SOCIETY, "en"),
            new PartnerSeed("cyber-peace-ngo", "CyberPeace Volunteers", OrganisationKind.CIVIL_SOCIETY, "fr"),
            new PartnerSeed("women-in-cyber", "Women in Cyber Alliance", OrganisationKind.CIVIL_SOCIETY, "en"),
            new PartnerSeed("digital-safety-ong", "Seguridad Digital para Todos", OrganisationKind.CIVIL_SOCIETY, "es"),
            new PartnerSeed("secure-schools", "Secure Schools Foundation", OrganisationKind.CIVIL_SOCIETY, "en"),
            new PartnerSeed("tallinn-cyber-academy", "Baltic Cyber Academy", OrganisationKind.ACADEMIA, "en"),
            new PartnerSeed("univ-dakar-cyber", "Institut de cybersécurité de Dakar", OrganisationKind.ACADEMIA, "fr"),
            new PartnerSeed("moscow-infosec-school", "Eurasian Information Security School", OrganisationKind.ACADEMIA, "ru"),
            new PartnerSeed("gulf-cyber-university", "Gulf University of Cyber Studies", OrganisationKind.ACADEMIA, "ar"),
            new PartnerSeed("pampas-university", "Universidad de las Pampas, Ciberseguridad", OrganisationKind.ACADEMIA, "es"));

    /** Titles by theme; the common themes first, as in real demand. */
    private static final Map<Theme, List<String>> TITLES = titles();

    private final Random random;
    private final List<Organisation> states;

    record PartnerSeed(String id, String name, OrganisationKind kind, String language) {
    }

    /** Everything the generator makes; the States themselves come from the reference data. */
    record Contents(List<Organisation> partners, List<Offer> offers, List<AssistanceRequest> requests,
            List<Match> matches) {
    }

    DemoMarketplace(long seed, List<Organisation> states) {
        this.random = new Random(seed);
        this.states = states.stream().filter(Organisation::isState).sorted(Comparator.comparing(Organisation::id)).toList();
    }

    Contents generate() {
        List<Organisation> partners = new ArrayList<>(PARTNERS.stream()
                .map(seed -> Organisation.partner(seed.id(), seed.name(), seed.kind())).toList());
        partners.add(Organisation.partner(COORDINATION_OFFICE, "UN coordination office (demo)",
                OrganisationKind.INTERNATIONAL_ORG));
        List<Offer> offers = offers();
        List<AssistanceRequest> requests = requests(recipients());
        return new Contents(partners, offers, requests, matches(requests, offers));
    }

    private List<Organisation> recipients() {
        List<Organisation> developing = new ArrayList<>(states.stream()
                .filter(state -> state.stateProfile().isDeveloping() && !DONOR_STATES.contains(state.id()))
                .toList());
        Organisation demoRecipient = developing.stream()
                .filter(state -> state.id().equals(DEMO_RECIPIENT_STATE)).findFirst().orElseThrow();
        developing.remove(demoRecipient);
        // Least developed and lower-income States are likelier to ask, as in the convention concept's priorities.
        developing.sort(Comparator.comparingDouble(state -> -random.nextDouble() * state.priorityWeight().orElse(1)));
        List<Organisation> recipients = new ArrayList<>();
        recipients.add(demoRecipient);
        recipients.addAll(developing.subList(0, Math.min(RECIPIENT_COUNT - 1, developing.size())));
        return recipients;
    }

    private List<AssistanceRequest> requests(List<Organisation> recipients) {
        int[] requestsPerRecipient = new int[recipients.size()];
        for (int i = 0; i < PUBLISHED_REQUEST_COUNT; i++) {
            requestsPerRecipient[i < recipients.size() ? i : random.nextInt(recipients.size())]++;
        }
        List<AssistanceRequest> requests = new ArrayList<>();
        int packageNumber = 0;
        for (int r = 0; r < recipients.size(); r++) {
            Organisation recipient = recipients.get(r);
            int count = requestsPerRecipient[r] + (recipient.id().equals(DEMO_RECIPIENT_STATE) ? 3 : 0);
            for (int i = 0; i < count; i++) {
                String requestId = "demo-r-%03d".formatted(requests.size() + 1);
                Theme mainTheme = theme();
                List<WorkPackage> packages = new ArrayList<>();
                int packageCount = 1 + random.nextInt(5);
                for (int k = 0; k < packageCount; k++) {
                    packageNumber++;
                    packages.add(workPackage("demo-p-%04d".formatted(packageNumber), k == 0 ? mainTheme : theme(),
                            recipient.stateProfile()));
                }
                String title = pick(TITLES.get(mainTheme));
                AssistanceRequest request = AssistanceRequest.draft(requestId, recipient.id(), title,
                        description(recipient, title), packages);
                // The demo recipient also has a draft, a withdrawn and a closed request to show every status.
                RequestStatus status = i < requestsPerRecipient[r] ? RequestStatus.PUBLISHED
                        : List.of(RequestStatus.DRAFT, RequestStatus.WITHDRAWN, RequestStatus.CLOSED).get(i - requestsPerRecipient[r]);
                if (status != RequestStatus.DRAFT) {
                    request.publish(CREATED.plusSeconds(random.nextInt(PUBLICATION_SPREAD_SECONDS)));
                }
                if (status == RequestStatus.WITHDRAWN) {
                    request.withdraw();
                } else if (status == RequestStatus.CLOSED) {
                    request.close();
                }
                requests.add(request);
            }
        }
        return requests;
    }

    private WorkPackage workPackage(String id, Theme theme, StateProfile recipient) {
        Set<String> languages = new TreeSet<>(recipient.officialLanguages());
        if (languages.isEmpty() || random.nextBoolean()) {
            languages.add("en");
        }
        int days = (int) Math.max(5, Math.min(120, Math.round(Math.exp(Math.log(15) + 0.8 * random.nextGaussian()))));
        LocalDate start = HORIZON_START.plusDays(random.nextInt(HORIZON_DAYS - 120));
        LocalDate end = start.plusMonths(2 + random.nextInt(11));
        return new WorkPackage(id, theme, languages, days, 1 + random.nextInt(3), start, end, null);
    }

    private List<Offer> offers() {
        List<String> providerIds = new ArrayList<>(DONOR_STATES);
        PARTNERS.forEach(partner -> providerIds.add(partner.id()));
        List<Offer> offers = new ArrayList<>();
        for (String providerId : providerIds) {
            int count = 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String id = "demo-o-%03d".formatted(offers.size() + 1);
                Set<Theme> themes = EnumSet.noneOf(Theme.class);
                int themeCount = 1 + random.nextInt(4);
                while (themes.size() < themeCount) {
                    themes.add(theme());
                }
                LocalDate start = HORIZON_START.plusDays(random.nextInt(HORIZON_DAYS / 2));
                LocalDate end = start.plusMonths(6 + random.nextInt(19));
                boolean restricted = random.nextDouble() < 0.3;
                Offer offer = Offer.draft(id, providerId, new Offer.Terms(pick(TITLES.get(themes.iterator().next())),
                        "Experts available for " + themes.size() + " theme(s); missions on site or remote.",
                        themes, offerLanguages(providerId), 20 + random.nextInt(280), start, end,
                        restricted && random.nextBoolean() ? regions() : Set.of(),
                        restricted ? EnumSet.of(IncomeGroup.LIC, IncomeGroup.LMC) : Set.of()));
                double roll = random.nextDouble();
                if (roll < 0.9) {
                    offer.activate();
                } else if (roll < 0.95) {
                    offer.close();
                }
                offers.add(offer);
            }
        }
        return offers;
    }

    private Set<String> offerLanguages(String providerId) {
        Set<String> languages = new TreeSet<>(List.of("en"));
        states.stream().filter(state -> state.id().equals(providerId))
                .forEach(state -> languages.addAll(state.stateProfile().officialLanguages()));
        PARTNERS.stream().filter(partner -> partner.id().equals(providerId))
                .forEach(partner -> languages.add(partner.language()));
        if (random.nextDouble() < 0.4) {
            languages.add(pick(List.of("fr", "es", "ar", "ru", "pt", "zh")));
        }
        return languages;
    }

    private Set<Region> regions() {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        regions.add(pick(List.of(Region.values())));
        regions.add(pick(List.of(Region.AFRICA, Region.ASIA, Region.AMERICAS)));
        return regions;
    }

    /**
     * A few matches in every lifecycle status, each between a published package and an active offer that the
     * matching rules allow together (theme, language, time, eligibility, no State with its own offer), within
     * the offers' capacity.
     */
    private List<Match> matches(List<AssistanceRequest> requests, List<Offer> offers) {
        Map<String, StateProfile> profiles = new HashMap<>();
        states.forEach(state -> profiles.put(state.id(), state.stateProfile()));
        Map<String, Integer> capacityLeft = new HashMap<>();
        offers.forEach(offer -> capacityLeft.put(offer.id(), offer.capacityDays()));
        Set<String> usedPackages = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        List<MatchStatus> wanted = new ArrayList<>();
        for (int i = 0; i < MATCHES_PER_STATUS; i++) {
            wanted.addAll(List.of(MatchStatus.values()));
        }
        for (AssistanceRequest request : requests) {
            if (request.status() != RequestStatus.PUBLISHED) {
                continue;
            }
            StateProfile recipient = profiles.get(request.recipientId());
            for (WorkPackage workPackage : request.packages()) {
                if (matches.size() == wanted.size() || usedPackages.contains(workPackage.id()) || random.nextDouble() < 0.6) {
                    continue;
                }
                for (Offer offer : offers) {
                    if (offer.status() == OfferStatus.ACTIVE && compatible(workPackage, request.recipientId(), recipient, offer)
                            && capacityLeft.get(offer.id()) >= workPackage.days()) {
                        capacityLeft.merge(offer.id(), -workPackage.days(), Integer::sum);
                        usedPackages.add(workPackage.id());
                        Match match = Match.propose("demo-m-%02d".formatted(matches.size() + 1),
                                new Match.Pair(request.id(), workPackage.id(), request.recipientId(), offer.id(),
                                        offer.providerId()), null, CREATED.plusSeconds(86_400));
                        advance(match, wanted.get(matches.size()));
                        matches.add(match);
                        break;
                    }
                }
            }
        }
        return matches;
    }

    private static boolean compatible(WorkPackage workPackage, String recipientId, StateProfile recipient, Offer offer) {
        return offer.themes().contains(workPackage.theme())
                && workPackage.languages().stream().anyMatch(offer.languages()::contains)
                && !workPackage.start().isAfter(offer.end()) && !offer.start().isAfter(workPackage.end())
                && offer.isEligible(recipient.region(), recipient.incomeGroup())
                && !offer.providerId().equals(recipientId);
    }

    /** Takes a fresh proposal through the lifecycle to the wanted status, as the two sides would. */
    private static void advance(Match match, MatchStatus target) {
        Instant at = CREATED.plusSeconds(2 * 86_400);
        switch (target) {
            case PROPOSED -> { }
            case ACCEPTED_BY_PROVIDER -> match.accept(Side.PROVIDER, at);
            case ACCEPTED_BY_RECIPIENT -> match.accept(Side.RECIPIENT, at);
            case DECLINED -> match.decline(Side.RECIPIENT, "demo", "The proposed dates clash with our national elections.", at);
            case WITHDRAWN -> match.withdraw(at);
            case CONFIRMED, IN_DELIVERY, COMPLETED -> {
                match.accept(Side.PROVIDER, at);
                match.accept(Side.RECIPIENT, at.plusSeconds(3600));
                if (target != MatchStatus.CONFIRMED) {
                    match.startDelivery(at.plusSeconds(7 * 86_400));
                }
                if (target == MatchStatus.COMPLETED) {
                    match.complete(5, "Delivered as planned; the trainees now run the exercises themselves.", "demo",
                            at.plusSeconds(40 * 86_400));
                }
            }
        }
    }

    private String description(Organisation recipient, String title) {
        return recipient.name() + " asks for support with: " + title.toLowerCase(Locale.ROOT)
                + ". The work packages below give the themes, languages, expert-days and periods needed.";
    }

    /** A theme drawn with the skew of real demand: incident response, skills, strategy and cybercrime most often. */
    private Theme theme() {
        Theme[] common = {Theme.INCIDENT_RESPONSE, Theme.SKILLS_TRAINING, Theme.STRATEGY_POLICY, Theme.CYBERCRIME_FORENSICS};
        return random.nextDouble() < 0.5 ? common[random.nextInt(common.length)] : Theme.values()[random.nextInt(Theme.values().length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Map<Theme, List<String>> titles() {
        Map<Theme, List<String>> titles = new EnumMap<>(Theme.class);
        titles.put(Theme.STRATEGY_POLICY, List.of("National cybersecurity strategy review",
                "Cybersecurity governance framework", "Implementation plan for the national ICT security policy"));
        titles.put(Theme.LEGISLATION, List.of("Drafting a cybercrime law in line with international standards",
                "Review of electronic transactions legislation"));
        titles.put(Theme.INCIDENT_RESPONSE, List.of("Establishing a national CSIRT",
                "Incident handling procedures for the government CERT", "Sectoral incident response capability"));
        titles.put(Theme.CRITICAL_INFRASTRUCTURE, List.of("Protection of critical information infrastructure",
                "Risk assessment of the energy and water sectors"));
        titles.put(Theme.CYBERCRIME_FORENSICS, List.of("Digital forensics laboratory for law enforcement",
                "Training investigators and prosecutors on cybercrime"));
        titles.put(Theme.DIPLOMACY_NORMS, List.of("Cyber diplomacy training for foreign-service officers",
                "Implementing the agreed norms of responsible State behaviour"));
        titles.put(Theme.SKILLS_TRAINING, List.of("Cybersecurity curriculum for technical universities",
                "Train-the-trainers programme for ICT security professionals"));
        titles.put(Theme.AWARENESS_LITERACY, List.of("Public cyber hygiene awareness campaign",
                "Digital literacy for schools and small businesses"));
        titles.put(Theme.STANDARDS_SECURE_DEVELOPMENT, List.of("Secure software development in public agencies",
                "Adoption of international ICT security standards"));
        titles.put(Theme.SUPPLY_CHAIN_VULNERABILITY, List.of("ICT supply chain risk management",
                "Coordinated vulnerability disclosure programme"));
        titles.put(Theme.DATA_PROTECTION, List.of("Data protection authority capacity",
                "Personal data protection in e-government services"));
        titles.put(Theme.THREAT_INFORMATION_SHARING, List.of("Threat information sharing platform",
                "Regional early-warning exchange between CERTs"));
        return titles;
    }
}
