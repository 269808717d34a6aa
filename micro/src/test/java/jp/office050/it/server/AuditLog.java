package jp.office050.it.server;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** What the audit logger wrote, message by message, since a test asked to listen. Test code only. */
final class AuditLog {

    private static final Logger AUDIT = Logger.getLogger("jp.office050.audit");
    private static final List<String> LINES = new ArrayList<>();
    private static Handler handler;

    private AuditLog() {}

    static synchronized void listen() {
        if (handler == null) {
            var formatter = new SimpleFormatter();
            handler = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    synchronized (AuditLog.class) {
                        LINES.add(formatter.formatMessage(record));
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            AUDIT.addHandler(handler);
        }
    }

    static synchronized List<String> lines() {
        return new ArrayList<>(LINES);
    }
}
