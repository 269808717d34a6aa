package jp.office050.web.api;

/** A change sent without {@code If-Match}: the API changes only the version the client has seen. */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException() {
        super("Send the ETag of the version you change as If-Match (or If-Match: * for any version).");
    }
}
