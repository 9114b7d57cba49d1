package com.dossier.customer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The pinyin search keys of a customer (columns name_pinyin and name_initials): every reading of
 * its name and short name, separated by spaces. Written by SQL, not through the entity, so they
 * neither bump the version (the ETag) nor appear in the audit trail: they are derived, not data.
 *
 * <p>Rows written without them (demo data and other SQL loads, which run after the schema
 * migration) are filled at start-up, in batches that several instances may share ({@code SKIP
 * LOCKED}).
 */
@ApplicationScoped
public class CustomerSearchKeys {
    private static final Logger LOG = Logger.getLogger(CustomerSearchKeys.class);
    private static final int BATCH = 500;
    static final int PINYIN_LENGTH = 4000;
    static final int INITIALS_LENGTH = 2000;

    record Keys(String pinyin, String initials) {}

    private final EntityManager em;

    CustomerSearchKeys(EntityManager em) {
        this.em = em;
    }

    /** Recomputes the keys of a customer whose name or short name may have changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Customer customer) {
        write(customer.id, keys(customer.name, customer.shortName));
    }

    static Keys keys(String name, String shortName) {
        Set<String> pinyin = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (String text : new String[] {name, shortName}) {
            pinyin.addAll(Pinyin.readings(text));
            initials.addAll(Pinyin.initials(text));
        }
        return new Keys(join(pinyin, PINYIN_LENGTH), join(initials, INITIALS_LENGTH));
    }

    /** Space-separated variants, whole ones only, within the column's length; never null. */
    private static String join(Set<String> variants, int max) {
        StringBuilder out = new StringBuilder();
        for (String variant : variants) {
            if (variant.isEmpty()) {
                continue;
            }
            int needed = variant.length() + (out.length() == 0 ? 0 : 1);
            if (out.length() + needed > max) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(variant);
        }
        return out.toString();
    }

    private void write(UUID id, Keys keys) {
        em.createNativeQuery(
                        "update customer set name_pinyin = :pinyin, name_initials = :initials"
                                + " where id = :id")
                .setParameter("pinyin", keys.pinyin())
                .setParameter("initials", keys.initials())
                .setParameter("id", id)
                .executeUpdate();
    }

    void backfillAtStart(@Observes StartupEvent start) {
        int filled = backfill();
        if (filled > 0) {
            LOG.infof("Search keys computed for %d customers", filled);
        }
    }

    /** Fills the keys of every customer that has none; returns how many it filled. */
    int backfill() {
        int total = 0;
        while (true) {
            int filled = QuarkusTransaction.requiringNew().call(this::backfillBatch);
            total += filled;
            if (filled < BATCH) {
                return total;
            }
        }
    }

    private int backfillBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select id, name, short_name from customer"
                                        + " where name_pinyin is null limit "
                                        + BATCH
                                        + " for update skip locked")
                        .getResultList();
        List<UUID> done = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            write(id, keys((String) row[1], (String) row[2]));
            done.add(id);
        }
        return done.size();
    }
}
