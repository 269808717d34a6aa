package jp.office050.provisioning.boundary;

/** A representation and the version of the row it shows: the version is what a change must name (If-Match). */
public record Versioned<T>(T body, long version) {}
