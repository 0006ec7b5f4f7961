package org.cbm.solver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.instance.InstanceJson;
import org.cbm.solver.instance.InvalidInstanceException;
import org.cbm.solver.instance.Offer;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.solver.instance.PackageOfferPair;
import org.cbm.solver.instance.Policy;
import org.cbm.solver.instance.Provider;
import org.cbm.solver.instance.Recipient;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.solver.instance.WorkPackage;

/**
 * Small instances for tests, built in code: every offer and package is in English, about incident response,
 * in 2027, open to all, unless a test says otherwise. Also loads the public instances from the test resources.
 */
public final class TestInstance {

    public static final LocalDate START = LocalDate.of(2027, 1, 1);
    public static final LocalDate END = LocalDate.of(2027, 12, 31);

    private final List<Recipient> recipients = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();
    private final List<WorkPackage> packages = new ArrayList<>();
    private final List<PackageOfferPair> pinned = new ArrayList<>();
    private final List<PackageOfferPair> declined = new ArrayList<>();
    private final List<PackageOfferPair> previous = new ArrayList<>();

    public static Instance publicInstance(String name) {
        try (InputStream in = TestInstance.class.getResourceAsStream("/instances/" + name + ".json")) {
            return InstanceJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInstanceException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestInstance recipient(String id, int weight, String... vetoed) {
        recipients.add(new Recipient(id, id, Region.AFRICA, IncomeGroup.LMC, weight, List.of(vetoed)));
        return this;
    }

    public TestInstance provider(String id) {
        providers.add(new Provider(id, id, OrganisationKind.STATE));
        return this;
    }

    public TestInstance offer(String id, String providerId, int capacityDays) {
        offers.add(new Offer(id, providerId, capacityDays, Set.of(Theme.INCIDENT_RESPONSE), List.of("en"), START, END,
                null, null));
        return this;
    }

    public TestInstance offer(Offer offer) {
        offers.add(offer);
        return this;
    }

    public TestInstance workPackage(String id, String recipientId, int days, int urgency, String... interested) {
        packages.add(new WorkPackage(id, "r-" + id, recipientId, Theme.INCIDENT_RESPONSE, List.of("en"), days,
                urgency, START, END, List.of(interested)));
        return this;
    }

    public TestInstance workPackage(WorkPackage workPackage) {
        packages.add(workPackage);
        return this;
    }

    public TestInstance pinned(String packageId, String offerId) {
        pinned.add(new PackageOfferPair(packageId, offerId));
        return this;
    }

    public TestInstance declined(String packageId, String offerId) {
        declined.add(new PackageOfferPair(packageId, offerId));
        return this;
    }

    public TestInstance previous(String packageId, String offerId) {
        previous.add(new PackageOfferPair(packageId, offerId));
        return this;
    }

    public Instance build() {
        return new Instance("test", Policy.DEFAULT, recipients, providers, offers, packages, pinned, declined,
                previous);
    }
}
