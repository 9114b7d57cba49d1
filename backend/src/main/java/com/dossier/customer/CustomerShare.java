package com.dossier.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A customer explicitly shared with one colleague, who then sees it as if in its own scope. */
@Entity
@Table(name = "customer_share")
@IdClass(CustomerShare.Key.class)
public class CustomerShare {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Id
    @Column(name = "user_id")
    public String userId;

    public String note;

    @Column(name = "shared_by", nullable = false)
    public String sharedBy;

    @Column(name = "shared_at", nullable = false)
    public Instant sharedAt;

    /** Composite primary key (customer, user). */
    public static class Key implements Serializable {
        public UUID customerId;
        public String userId;

        public Key() {}

        public Key(UUID customerId, String userId) {
            this.customerId = customerId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(customerId, k.customerId)
                    && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, userId);
        }
    }
}
