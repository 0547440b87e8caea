package org.masthead.paywall;

import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans and offers: what admins edit on /admin/plans and what the subscribe page sells. Saving writes the
 * database first, then creates what Stripe lacks (outside the transaction: a slow or refusing Stripe never
 * holds a row lock, and the plan is saved either way; {@link StripeCatalog} retries at the next save or checkout).
 */
@Service
public class PlanService {

    /** An active plan with its running offers, as the subscribe page shows it. */
    public record PlanForSale(Plan plan, List<Offer> offers) {

        public Optional<Offer> offer(BillingInterval interval) {
            return offers.stream().filter(o -> o.interval() == interval).findFirst();
        }
    }

    private final PlanRepository repo;
    private final StripeCatalog catalog;
    private final Entitlements entitlements;
    private final TransactionTemplate tx;
    private final Clock clock;

    PlanService(PlanRepository repo, StripeCatalog catalog, Entitlements entitlements, TransactionTemplate tx,
                Clock clock) {
        this.repo = repo;
        this.catalog = catalog;
        this.entitlements = entitlements;
        this.tx = tx;
        this.clock = clock;
    }

    public List<Plan> all() {
        return repo.all();
    }

    public Optional<Plan> find(long id) {
        return repo.find(id);
    }

    public List<Offer> offers(long planId) {
        return repo.offers(planId);
    }

    public List<PlanForSale> forSale() {
        List<Offer> offers = repo.activeOffers();
        List<PlanForSale> out = new ArrayList<>();
        for (Plan p : repo.all()) {
            if (p.active()) {
                out.add(new PlanForSale(p, offers.stream().filter(o -> o.planId() == p.id()).toList()));
            }
        }
        return out;
    }

    /** Creates a plan from the form as typed; refuses it with a message per field. */
    long create(Map<String, String> form) {
        SavePlan plan = PlanForm.plan(form);
        long id = Objects.requireNonNull(tx.execute(s -> {
            requireFreeName(plan.name(), 0);
            return repo.insert(plan, clock.instant());
        }));
        catalog.sync(id);
        return id;
    }

    /**
     * Saves the form over plan {@code id}. A new amount or currency makes the stored Stripe price and the
     * interval's offers wrong: the price id is forgotten (unless the admin typed a new one) and the offers end.
     */
    void update(long id, Map<String, String> form) {
        Plan old = repo.find(id).orElseThrow(() -> new NotFoundException("plan " + id));
        SavePlan typed = PlanForm.plan(form);
        tx.executeWithoutResult(s -> {
            requireFreeName(typed.name(), id);
            SavePlan plan = typed;
            for (BillingInterval i : BillingInterval.values()) {
                boolean repriced = !Objects.equals(old.amount(i), amount(typed, i)) || !old.currency().equals(typed.currency());
                if (repriced) {
                    repo.endOffers(id, i, clock.instant());
                    if (Objects.equals(priceId(typed, i), old.priceId(i))) {
                        plan = withoutPrice(plan, i);
                    }
                }
            }
            repo.update(id, plan, clock.instant());
            if (!old.name().equals(plan.name())) {
                entitlements.changed(Entitlements.EVERY_MEMBER); // entitlements name their plan
            }
        });
        catalog.sync(id);
    }

    long addOffer(long planId, Map<String, String> form) {
        Plan plan = repo.find(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        PlanForm.AddOffer offer = PlanForm.offer(plan, form);
        long id = Objects.requireNonNull(tx.execute(s -> {
            if (repo.offers(planId).stream().anyMatch(o -> o.active() && o.interval() == offer.interval())) {
                throw new InvalidInputException("interval", "this plan already has a running offer for that period; end it first");
            }
            return repo.insertOffer(planId, offer, clock.instant());
        }));
        catalog.sync(planId);
        return id;
    }

    void endOffer(long planId, long offerId) {
        if (!repo.endOffer(planId, offerId, clock.instant())) {
            throw new NotFoundException("running offer " + offerId + " of plan " + planId);
        }
    }

    /** Creates what Stripe lacks for the plan now. */
    void sync(long planId) {
        catalog.sync(planId);
    }

    private void requireFreeName(String name, long id) {
        if (repo.nameTaken(name, id)) {
            throw new InvalidInputException("name", "another plan already has this name");
        }
    }

    private static Long amount(SavePlan p, BillingInterval i) {
        return i == BillingInterval.MONTH ? p.monthlyAmount() : p.yearlyAmount();
    }

    private static String priceId(SavePlan p, BillingInterval i) {
        return i == BillingInterval.MONTH ? p.monthlyPriceId() : p.yearlyPriceId();
    }

    private static SavePlan withoutPrice(SavePlan p, BillingInterval i) {
        return new SavePlan(p.name(), p.description(), p.currency(), p.monthlyAmount(), p.yearlyAmount(), p.trialDays(),
                p.active(), i == BillingInterval.MONTH ? null : p.monthlyPriceId(),
                i == BillingInterval.YEAR ? null : p.yearlyPriceId());
    }
}
