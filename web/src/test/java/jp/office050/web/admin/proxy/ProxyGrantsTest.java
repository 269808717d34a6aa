package jp.office050.web.admin.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProxyGrantsTest {

    private final ProxyGrants grants = new ProxyGrants();

    @Test
    void aGrantIsForItsLineOnlyAndAForgedTokenIsForNoLine() {
        String token = grants.grant(7);

        assertThat(grants.lineFor(token)).isEqualTo(7);
        assertThat(grants.lineFor("forged")).isEqualTo(-1);
        assertThat(grants.lineFor(null)).isEqualTo(-1);
        assertThat(token).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void openingALineAgainKeepsItsTokenAndAddsNothing() {
        String first = grants.grant(7);
        for (int i = 0; i < 100; i++) {
            assertThat(grants.grant(7)).isEqualTo(first);
        }
    }

    @Test
    void oneLineMoreThanTheLimitForgetsTheLineOpenedLongestAgo() {
        String oldest = grants.grant(1);
        String reopened = grants.grant(2);
        java.util.Map<Long, String> others = new java.util.HashMap<>();
        for (long line = 3; line <= ProxyGrants.LIMIT; line++) {
            others.put(line, grants.grant(line));
        }
        grants.grant(2); // used again: now the most recent
        String newest = grants.grant(ProxyGrants.LIMIT + 1);

        assertThat(grants.lineFor(oldest)).isEqualTo(-1);
        others.forEach((line, token) -> assertThat(grants.lineFor(token)).isEqualTo(line));
        assertThat(grants.lineFor(reopened)).isEqualTo(2);
        assertThat(grants.lineFor(newest)).isEqualTo(ProxyGrants.LIMIT + 1);
    }
}
