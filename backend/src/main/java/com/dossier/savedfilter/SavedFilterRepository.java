package com.dossier.savedfilter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved filters, always looked up together with their owner: another user's is never found. */
@ApplicationScoped
public class SavedFilterRepository implements PanacheRepositoryBase<SavedFilter, UUID> {

    public List<SavedFilter> listOf(String ownerId) {
        return find("ownerId = ?1 order by lower(name), id", ownerId).list();
    }

    public Optional<SavedFilter> findOwned(UUID id, String ownerId) {
        return find("id = ?1 and ownerId = ?2", id, ownerId).firstResultOptional();
    }

    public long countOf(String ownerId) {
        return count("ownerId", ownerId);
    }

    /** Served by uq_saved_filter_owner_name (owner_id, lower(name)). */
    public boolean nameTaken(String ownerId, String name, UUID except) {
        return find(
                        "ownerId = ?1 and lower(name) = lower(?2) and id <> ?3",
                        ownerId,
                        name,
                        except == null ? new UUID(0, 0) : except)
                .withHint("org.hibernate.flushMode", "COMMIT")
                .firstResultOptional()
                .isPresent();
    }
}
