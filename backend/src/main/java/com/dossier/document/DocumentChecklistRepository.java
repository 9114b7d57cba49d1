package com.dossier.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The checklists, one per customer kind (seeded by the migration). */
@ApplicationScoped
public class DocumentChecklistRepository
        implements PanacheRepositoryBase<DocumentChecklist, String> {}
