package jp.office050.options.entity;

import java.io.Serializable;

/** A value that was refused: which field, and the message key that says why (in the web module's bundle). */
public record Violation(String field, String messageKey) implements Serializable {}
