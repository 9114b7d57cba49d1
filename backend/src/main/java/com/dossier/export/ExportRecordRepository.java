package com.dossier.export;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Export records; written once, never changed (the table refuses UPDATE and DELETE). */
@ApplicationScoped
public class ExportRecordRepository implements PanacheRepositoryBase<ExportRecord, UUID> {}
