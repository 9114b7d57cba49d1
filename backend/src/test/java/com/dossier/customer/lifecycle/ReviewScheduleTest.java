package com.dossier.customer.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ReviewScheduleTest {
    @Test
    void shouldAddCalendarMonths() {
        Period twoMonths = Period.parse("P2M");
        assertThat(ReviewSchedule.next(LocalDate.of(2026, 11, 23), twoMonths))
                .isEqualTo(LocalDate.of(2027, 1, 23));
        assertThat(ReviewSchedule.next(LocalDate.of(2026, 12, 31), twoMonths))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ReviewSchedule.next(LocalDate.of(2027, 12, 31), twoMonths))
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReviewSchedule.next(LocalDate.of(2027, 1, 31), twoMonths))
                .isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(ReviewSchedule.next(LocalDate.of(2027, 1, 31), Period.ofDays(45)))
                .isEqualTo(LocalDate.of(2027, 3, 17));
    }
}
