package com.dossier.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dossier.shared.error.ValidationProblem;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void shouldRoundTripChineseKeys() {
        Cursor cursor = new Cursor("name", "上海建投贸易有限公司", UUID.randomUUID());
        assertThat(Cursor.decode(cursor.encode(), "name")).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("^[A-Za-z0-9_-]+$");
    }

    @Test
    void shouldRefuseCursorOfAnotherSort() {
        String encoded = new Cursor("name", "x", UUID.randomUUID()).encode();
        assertThatThrownBy(() -> Cursor.decode(encoded, "-createdAt"))
                .isInstanceOf(ValidationProblem.class);
    }

    @Test
    void shouldParseStrongETagsOnly() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThatThrownBy(() -> ETags.requireMatch(null, 1)).hasMessageContaining("If-Match");
        assertThatThrownBy(() -> ETags.requireMatch("\"0\"", 1)).hasMessageContaining("reload");
    }
}
