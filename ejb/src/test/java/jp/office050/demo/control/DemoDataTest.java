package jp.office050.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import jp.office050.contracts.entity.OptionService;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final int LINES = 10_000;

    @Test
    void theFirstDemoLineHasEveryOptionService() {
        assertThat(DemoData.demoServices(1)).containsExactlyInAnyOrder(OptionService.values());
    }

    @Test
    void theSecondDemoLineHasNoOptionService() {
        assertThat(DemoData.demoServices(2)).isEmpty();
    }

    @Test
    void theOtherLinesHaveARealisticMixOfServices() {
        Map<OptionService, Integer> subscribers = new EnumMap<>(OptionService.class);
        int withNone = 0;
        for (int line = 1; line <= LINES; line++) {
            Set<OptionService> services = DemoData.demoServices(line);
            services.forEach(service -> subscribers.merge(service, 1, Integer::sum));
            if (services.isEmpty()) {
                withNone++;
            }
        }

        for (OptionService service : OptionService.values()) {
            assertThat(subscribers.getOrDefault(service, 0))
                    .as("lines with %s", service)
                    .isBetween(LINES * 20 / 100, LINES * 60 / 100);
        }
        assertThat(withNone).as("lines with no option service").isGreaterThan(LINES / 20);
    }

    @Test
    void someLinesBesideTheFirstHaveAllThreeServices() {
        long allThree = java.util.stream.IntStream.rangeClosed(2, LINES)
                .filter(line -> DemoData.demoServices(line).size() == OptionService.values().length)
                .count();

        assertThat(allThree).isGreaterThan(LINES / 50);
    }
}
