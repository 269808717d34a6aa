package jp.office050.web.api;

/** A body that is not what the API reads: not JSON, not an object, too large. Nothing was stored. */
public class BadRequestBodyException extends RuntimeException {

    private final int status;

    public BadRequestBodyException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public static BadRequestBodyException tooLarge(long limit) {
        return new BadRequestBodyException(413, "The body is larger than " + limit + " bytes.");
    }

    public int status() {
        return status;
    }
}
