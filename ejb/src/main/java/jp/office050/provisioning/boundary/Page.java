package jp.office050.provisioning.boundary;

import java.util.List;

/** One page of a list, and how many items the whole list has. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    /** The largest page an API client may ask for. */
    public static final int MAX_LIMIT = 500;

    public static final int DEFAULT_LIMIT = 50;
}
