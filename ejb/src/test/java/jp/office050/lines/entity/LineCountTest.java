package jp.office050.lines.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineCountTest {

    @Test
    void followsTheLinesAddedAndRemoved() {
        LineCount count = new LineCount(7L, 3);
        count.change(10_000);
        count.change(-1);
        assertThat(count.ordinaryLines()).isEqualTo(10_002);
    }

    @Test
    void neverCountsFewerThanNoLinesAndKeepsItsCountWhenAskedTo() {
        LineCount count = new LineCount(7L, 1);
        assertThatThrownBy(() -> count.change(-2)).isInstanceOf(IllegalStateException.class);
        assertThat(count.ordinaryLines()).isEqualTo(1);
        assertThatThrownBy(() -> new LineCount(7L, -1)).isInstanceOf(IllegalStateException.class);
        assertThat(count.wouldFallBelowZero(-2)).isTrue();
        assertThat(count.wouldFallBelowZero(-1)).isFalse();
        count.recounted(5);
        assertThat(count.ordinaryLines()).isEqualTo(5);
    }
}
