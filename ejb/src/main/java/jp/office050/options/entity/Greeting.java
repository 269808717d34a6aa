package jp.office050.options.entity;

/** What callers hear when voicemail answers. */
public enum Greeting {
    STANDARD,
    CUSTOM
}
