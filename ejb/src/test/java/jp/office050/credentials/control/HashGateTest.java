package jp.office050.credentials.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashGateTest {

    @Test
    void noMoreRunAtOnceThanItLetsThroughAndTheOthersWaitTheirTurnInOrder() throws Exception {
        var gate = new HashGate(2);
        List<CountDownLatch> finish = new ArrayList<>();
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        List<Integer> order = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<CompletableFuture<Integer>> hashes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int number = i;
                var done = new CountDownLatch(1);
                finish.add(done);
                hashes.add(CompletableFuture.supplyAsync(
                        () -> gate.through(() -> {
                            most.accumulateAndGet(running.incrementAndGet(), Math::max);
                            order.add(number);
                            await(done);
                            running.decrementAndGet();
                            return number;
                        }),
                        threads));
                if (i < 2) {
                    awaitCondition(() -> order.size() == number + 1);
                } else {
                    awaitCondition(() -> gate.waiting() == number - 1);
                }
            }
            assertThat(order).as("two are let through, three wait").containsExactly(0, 1);
            assertThat(gate.waiting()).isEqualTo(3);

            for (int i = 0; i < 3; i++) {
                finish.get(i).countDown();
                int entered = i + 3;
                awaitCondition(() -> order.size() == entered);
                assertThat(order.get(entered - 1))
                        .as("the next in order of arrival")
                        .isEqualTo(i + 2);
                assertThat(running.get()).isLessThanOrEqualTo(2);
            }
            finish.forEach(CountDownLatch::countDown);
            for (var hash : hashes) {
                hash.get(10, TimeUnit.SECONDS);
            }

            assertThat(most.get()).isEqualTo(2);
            assertThat(gate.waiting()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aHashThatFailsGivesItsTurnBack() {
        var gate = new HashGate(1);
        try {
            gate.through(() -> {
                throw new IllegalStateException("PBKDF2 is not available");
            });
        } catch (IllegalStateException expected) {
            // the failure is the caller's
        }

        assertThat(gate.through(() -> "next")).isEqualTo("next");
    }

    @Test
    void atLeastOneAtATime() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HashGate(0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }
}
