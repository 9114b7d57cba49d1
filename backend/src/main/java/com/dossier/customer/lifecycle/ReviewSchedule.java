package com.dossier.customer.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;

/** When reviews fall due: one interval after approval or after the last review. */
@ApplicationScoped
public class ReviewSchedule {
    private final ReviewConfig config;

    ReviewSchedule(ReviewConfig config) {
        this.config = config;
    }

    /** Today in the business time zone. */
    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /** The next due date for a review or approval made today. */
    public LocalDate nextFromToday() {
        return next(today(), config.interval());
    }

    /**
     * {@code from} plus the interval, calendar-wise: 31 January plus two months is 31 March, 31
     * December plus two months is the last day of February.
     */
    static LocalDate next(LocalDate from, Period interval) {
        return from.plus(interval);
    }
}
