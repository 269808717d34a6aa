package jp.office050.provisioning.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import jp.office050.credentials.control.PasswordGenerator;
import jp.office050.credentials.control.PasswordHasher;
import jp.office050.provisioning.control.ImportProgress.Made;

/** The parts of the {@code line-passwords} batch job (META-INF/batch-jobs/line-passwords.xml). */
public final class PasswordJob {

    public static final String NAME = "line-passwords";

    private PasswordJob() {}

    /** As many partitions as processors: the hash is the work, and it keeps one processor busy. */
    @Dependent
    @Named("passwordPartitions")
    public static class Partitions implements PartitionMapper {

        @Override
        public PartitionPlan mapPartitions() {
            int count = Math.max(1, Runtime.getRuntime().availableProcessors());
            var plan = new PartitionPlanImpl();
            plan.setPartitions(count);
            Properties[] each = new Properties[count];
            for (int i = 0; i < count; i++) {
                each[i] = new Properties();
                each[i].setProperty("partition", Integer.toString(i));
                each[i].setProperty("partitions", Integer.toString(count));
            }
            plan.setPartitionProperties(each);
            return plan;
        }
    }

    /** The lines of this partition still waiting: what is pending is the checkpoint, so a restart goes on. */
    @Dependent
    @Named("pendingPasswords")
    public static class Reader extends AbstractItemReader {

        @Inject
        @BatchProperty
        String importId;

        @Inject
        @BatchProperty
        String partition;

        @Inject
        @BatchProperty
        String partitions;

        @Inject
        ImportProgress progress;

        private Iterator<Long> pending;

        @Override
        public void open(Serializable checkpoint) {
            pending = progress.pending(
                            Long.parseLong(importId), Integer.parseInt(partition), Integer.parseInt(partitions))
                    .iterator();
        }

        @Override
        public Object readItem() {
            return pending.hasNext() ? pending.next() : null;
        }
    }

    @Dependent
    @Named("passwordMaker")
    public static class Maker implements ItemProcessor {

        @Inject
        PasswordGenerator generator;

        @Inject
        PasswordHasher hasher;

        @Override
        public Object processItem(Object rowId) {
            String password = generator.generate();
            return new Made((Long) rowId, password, hasher.hash(password));
        }
    }

    @Dependent
    @Named("passwordWriter")
    public static class Writer extends AbstractItemWriter {

        @Inject
        ImportProgress progress;

        @Override
        public void writeItems(List<Object> items) {
            progress.store(items.stream().map(Made.class::cast).toList());
        }
    }

    /** After each run: complete the import when no line waits any more. */
    @Dependent
    @Named("importEnd")
    public static class End extends AbstractJobListener {

        @Inject
        JobContext job;

        @Inject
        ImportProgress progress;

        @Override
        public void afterJob() {
            String importId = BatchRuntime.getJobOperator()
                    .getParameters(job.getExecutionId())
                    .getProperty("importId");
            progress.ended(Long.parseLong(importId));
        }
    }
}
