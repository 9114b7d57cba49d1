package com.dossier.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The searchable columns of the customer table, read-only, for the text search's queries
 * (CustomerTextSearch); CustomerSearchKeys writes the pinyin ones.
 */
@Entity
@Immutable
@Table(name = "customer")
class CustomerSearchKey {
    @Id UUID id;

    @Column(name = "name")
    String name;

    @Column(name = "short_name")
    String shortName;

    @Column(name = "archive_no")
    String archiveNo;

    @Column(name = "credit_code")
    String creditCode;

    @Column(name = "name_pinyin")
    String namePinyin;

    @Column(name = "name_initials")
    String nameInitials;
}
