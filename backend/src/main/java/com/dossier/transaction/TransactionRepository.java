package com.dossier.transaction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Transaction queries. They take an already scope-checked customer id: TransactionService resolves
 * the customer through CustomerService first, so out-of-scope customers never reach here.
 */
@ApplicationScoped
public class TransactionRepository implements PanacheRepositoryBase<CustomerTransaction, UUID> {

    public Optional<CustomerTransaction> findOf(UUID customerId, UUID transactionId) {
        return find("id = ?1 and customerId = ?2", transactionId, customerId).firstResultOptional();
    }

    /** The same, with the row locked until commit: payments and voids are serialised on it. */
    public Optional<CustomerTransaction> lockOf(UUID customerId, UUID transactionId) {
        return find("id = ?1 and customerId = ?2", transactionId, customerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public boolean numberTaken(UUID customerId, String number) {
        return count("customerId = ?1 and number = ?2", customerId, number) > 0;
    }

    /**
     * Newest transaction date first, then id (descending), served by
     * ix_customer_transaction_customer_date; keyset after (date, id); limit + 1 rows.
     */
    public List<CustomerTransaction> list(
            UUID customerId,
            boolean overdueOnly,
            LocalDate today,
            LocalDate afterDate,
            UUID afterId,
            int limit) {
        StringBuilder jpql =
                new StringBuilder("select t from CustomerTransaction t where t.customerId = :c");
        if (overdueOnly) {
            jpql.append(
                    " and t.voidedAt is null and t.paidAmount < t.totalAmount and t.dueDate <"
                            + " :today");
        }
        if (afterId != null) {
            jpql.append(" and (t.transactionDate < :d or (t.transactionDate = :d and t.id < :id))");
        }
        jpql.append(" order by t.transactionDate desc, t.id desc");
        TypedQuery<CustomerTransaction> query =
                getEntityManager()
                        .createQuery(jpql.toString(), CustomerTransaction.class)
                        .setParameter("c", customerId);
        if (overdueOnly) {
            query.setParameter("today", today);
        }
        if (afterId != null) {
            query.setParameter("d", afterDate).setParameter("id", afterId);
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    public List<TransactionLine> linesOf(Collection<UUID> transactionIds) {
        if (transactionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select l from TransactionLine l where l.transactionId in :ids"
                                + " order by l.transactionId, l.lineNo",
                        TransactionLine.class)
                .setParameter("ids", transactionIds)
                .getResultList();
    }

    public List<TransactionPayment> paymentsOf(Collection<UUID> transactionIds) {
        if (transactionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select p from TransactionPayment p where p.transactionId in :ids"
                                + " order by p.paymentDate, p.recordedAt, p.id",
                        TransactionPayment.class)
                .setParameter("ids", transactionIds)
                .getResultList();
    }

    public void persistLine(TransactionLine line) {
        getEntityManager().persist(line);
    }

    public void persistPayment(TransactionPayment payment) {
        getEntityManager().persist(payment);
    }

    /** Totals per currency of one customer's transactions that are not voided. */
    public record CurrencyTotals(
            String currency,
            long count,
            BigDecimal total,
            BigDecimal paid,
            BigDecimal outstanding,
            BigDecimal overdue,
            long overdueCount,
            LocalDate first,
            LocalDate last) {}

    public List<CurrencyTotals> totals(UUID customerId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                getEntityManager()
                        .createNativeQuery(
                                """
                                select currency, count(*), sum(total_amount), sum(paid_amount),
                                       sum(total_amount - paid_amount),
                                       coalesce(sum(total_amount - paid_amount)
                                                filter (where due_date < :today), 0),
                                       count(*) filter (where due_date < :today
                                                        and paid_amount < total_amount),
                                       min(transaction_date), max(transaction_date)
                                  from customer_transaction
                                 where customer_id = :c and voided_at is null
                                 group by currency
                                 order by currency
                                """)
                        .setParameter("c", customerId)
                        .setParameter("today", today)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new CurrencyTotals(
                                        ((String) r[0]).trim(),
                                        ((Number) r[1]).longValue(),
                                        (BigDecimal) r[2],
                                        (BigDecimal) r[3],
                                        (BigDecimal) r[4],
                                        (BigDecimal) r[5],
                                        ((Number) r[6]).longValue(),
                                        toDate(r[7]),
                                        toDate(r[8])))
                .toList();
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
