package jp.office050.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class MalformedRequestsTest {

    private static IllegalArgumentException thrownBy(String... frames) {
        var thrown = new IllegalArgumentException("-50");
        StackTraceElement[] trace = new StackTraceElement[frames.length];
        for (int i = 0; i < frames.length; i++) {
            trace[i] = new StackTraceElement(frames[i], "method", null, -1);
        }
        thrown.setStackTrace(trace);
        return thrown;
    }

    @Test
    void anArgumentPrimeFacesOrFacesRefusedWhileReadingTheRequestIsMalformedInput() {
        var pageSize = thrownBy("java.lang.Integer", "org.primefaces.component.api.UIPageableData");
        var firstRow = thrownBy("jakarta.faces.component.UIData", "org.primefaces.component.api.UIPageableData");

        assertThat(MalformedRequests.readingTheRequestFailed(new FacesException(pageSize)))
                .isTrue();
        assertThat(MalformedRequests.readingTheRequestFailed(firstRow)).isTrue();
    }

    @Test
    void theSameExceptionFromThePortalsOwnCodeIsAFaultNotTampering() {
        assertThat(MalformedRequests.readingTheRequestFailed(
                        thrownBy("jp.office050.web.admin.LinesBacking", "org.primefaces.component.api.UIData")))
                .isFalse();
        assertThat(MalformedRequests.readingTheRequestFailed(new IllegalStateException("bug")))
                .isFalse();
    }
}
