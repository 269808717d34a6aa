package jp.office050.web.security;

/**
 * A request no page of the portal sends: a parameter the page never offered (a page size or row index out of range,
 * a number that is none), refused by the component that read it. Answered like a refusal (the forbidden page, 403),
 * and not logged as a server error.
 */
public class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRequestException(Throwable refused) {
        super("malformed request: " + refused.getMessage());
    }
}
