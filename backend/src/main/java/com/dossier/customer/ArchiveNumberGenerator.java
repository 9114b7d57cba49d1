package com.dossier.customer;

import com.dossier.shared.config.DossierConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.time.ZoneId;

/**
 * Archive numbers `KH-<year>-<6 digits>` from a per-year counter row. The single upsert takes the
 * row lock and returns the new value, so concurrent creates never share a number, and the counter
 * only moves forward, so a number is never reused.
 */
@ApplicationScoped
public class ArchiveNumberGenerator {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;
    private final DossierConfig config;

    ArchiveNumberGenerator(EntityManager em, DossierConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next() {
        int year = Year.now(CHINA).getValue();
        Number value =
                (Number)
                        em.createNativeQuery(
                                        "insert into archive_counter (year, last_value) values (:year, 1) "
                                                + "on conflict (year) do update "
                                                + "set last_value = archive_counter.last_value + 1 "
                                                + "returning last_value")
                                .setParameter("year", year)
                                .getSingleResult();
        return String.format("%s-%d-%06d", config.archiveNumberPrefix(), year, value.longValue());
    }
}
