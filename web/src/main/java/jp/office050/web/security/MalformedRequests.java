package jp.office050.web.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Tells a tampered request from a fault of the portal's: an {@link IllegalArgumentException} that PrimeFaces or
 * Faces itself threw while reading the request (a page size the table does not offer, a negative first row, a row
 * index that is no number) becomes a {@link MalformedRequestException}, which the error pages answer like a refusal.
 * Any other exception is left as it is. Declared last in faces-config.xml, so it runs before OmniFaces' handlers.
 */
public class MalformedRequests extends ExceptionHandlerFactory {

    public MalformedRequests(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            List<Throwable> malformed = new ArrayList<>();
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (readingTheRequestFailed(thrown)) {
                    events.remove();
                    malformed.add(thrown);
                }
            }
            for (Throwable thrown : malformed) {
                context.getApplication()
                        .publishEvent(
                                context,
                                ExceptionQueuedEvent.class,
                                new ExceptionQueuedEventContext(context, new MalformedRequestException(root(thrown))));
            }
            getWrapped().handle();
        }
    }

    /** An IllegalArgumentException whose first frame outside the JDK is in PrimeFaces or Faces. */
    static boolean readingTheRequestFailed(Throwable thrown) {
        Throwable root = root(thrown);
        if (!(root instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.")) {
                return type.startsWith("org.primefaces.") || type.startsWith("jakarta.faces.component.");
            }
        }
        return false;
    }

    private static Throwable root(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
