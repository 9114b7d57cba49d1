package com.dossier.customer.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A handover of customers from one owner to another (员工调离，客户资料接收归档); written once. */
@Entity
@Table(name = "customer_transfer")
public class CustomerTransfer {
    @Id public UUID id;

    @Column(name = "from_owner_id", nullable = false, updatable = false)
    public String fromOwnerId;

    @Column(name = "to_owner_id", nullable = false, updatable = false)
    public String toOwnerId;

    @Column(name = "to_team", updatable = false)
    public String toTeam;

    @Column(name = "team_filter", updatable = false)
    public String teamFilter;

    /** The customer ids the request named, as a JSON array; null when it named none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "customer_ids", updatable = false)
    public String customerIds;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public int moved;

    @Column(name = "actor_id", updatable = false)
    public String actorId;

    @Column(name = "actor_username", updatable = false)
    public String actorUsername;

    @Column(name = "transferred_at", nullable = false, updatable = false)
    public Instant transferredAt;
}
