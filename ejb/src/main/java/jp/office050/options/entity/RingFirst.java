package jp.office050.options.entity;

/** Which phone click dial rings first, before it connects the callee. */
public enum RingFirst {
    /** The line's own 050 phone. */
    LINE,
    /** A number the user registered (a mobile phone, say). */
    REGISTERED
}
