package jp.office050.bench;

/** One operation: null when it did what it should, otherwise what went wrong. */
@FunctionalInterface
interface Op {
    String run() throws Exception;
}
