package com.dossier.document;

import com.dossier.shared.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The document types every customer of one kind must have in its file (必备资料清单). */
@Entity
@Table(name = "document_checklist")
public class DocumentChecklist extends VersionedEntity {
    @Id public String kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "document_checklist_item", joinColumns = @JoinColumn(name = "kind"))
    @OrderColumn(name = "position")
    @Column(name = "document_type", nullable = false)
    public List<String> requiredTypes = new ArrayList<>();
}
