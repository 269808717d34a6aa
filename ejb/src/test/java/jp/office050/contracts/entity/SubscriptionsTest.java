package jp.office050.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SubscriptionsTest {

    /** Every subset of the option services: none, each alone, each pair, all three. */
    static Stream<Set<OptionService>> everySubset() {
        OptionService[] all = OptionService.values();
        return IntStream.range(0, 1 << all.length).mapToObj(mask -> {
            Set<OptionService> subset = EnumSet.noneOf(OptionService.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(all[i]);
                }
            }
            return subset;
        });
    }

    @Test
    void thereAreEightSubsetsOfTheThreeServices() {
        assertThat(OptionService.values())
                .containsExactly(OptionService.FORWARDING, OptionService.CLICK_DIAL, OptionService.ANONYMOUS_REJECTION);
        assertThat(everySubset()).hasSize(8).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("everySubset")
    void aLineSubscribesToExactlyTheServicesItWasGiven(Set<OptionService> given) {
        var subscriptions = Subscriptions.of(given);

        for (OptionService service : OptionService.values()) {
            assertThat(subscriptions.has(service)).as(service.name()).isEqualTo(given.contains(service));
        }
        assertThat(subscriptions.services()).isEqualTo(given);
        assertThat(Subscriptions.of(subscriptions.services()).services()).isEqualTo(given);
    }

    @Test
    void laterChangesToTheGivenSetDoNotChangeTheSubscriptions() {
        Set<OptionService> given = EnumSet.of(OptionService.CLICK_DIAL);
        var subscriptions = Subscriptions.of(given);

        given.add(OptionService.FORWARDING);

        assertThat(subscriptions.has(OptionService.FORWARDING)).isFalse();
        assertThat(subscriptions.services()).containsExactly(OptionService.CLICK_DIAL);
    }
}
