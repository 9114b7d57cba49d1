package com.dossier.profiletemplate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Profile templates and the registry of their field keys. */
@ApplicationScoped
public class ProfileTemplateRepository implements PanacheRepositoryBase<ProfileTemplate, UUID> {

    public List<ProfileTemplate> list(String customerKind, Boolean active) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (customerKind != null) {
            where.append(" and (customerKind is null or customerKind = :kind)");
            params.put("kind", customerKind);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.put("active", active);
        }
        return find(where.toString(), Sort.by("name").and("id"), params).list();
    }

    public List<ProfileFieldKey> keysOf(UUID templateId) {
        return getEntityManager()
                .createQuery(
                        "select k from ProfileFieldKey k where k.templateId = :id",
                        ProfileFieldKey.class)
                .setParameter("id", templateId)
                .getResultList();
    }

    public List<ProfileFieldKey> keysIn(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select k from ProfileFieldKey k where k.key in :keys",
                        ProfileFieldKey.class)
                .setParameter("keys", keys)
                .getResultList();
    }

    public ProfileFieldKey findKey(String key) {
        return getEntityManager().find(ProfileFieldKey.class, key);
    }

    public void persistKey(ProfileFieldKey key) {
        getEntityManager().persist(key);
    }
}
