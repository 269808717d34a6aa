package jp.office050.options.entity;

/** What the call control answered to a click-dial request. */
public enum CallOutcome {
    /** The first phone is being rung; the callee is connected when it answers. */
    CONNECTING,
    /** The first phone or the callee is busy. */
    BUSY,
    /** The first phone or the callee cannot be reached. */
    UNREACHABLE,
    /** The call control refused the request (a number it does not serve, a limit reached). */
    REJECTED,
    /** This installation has no call control: no call was placed. */
    NOT_AVAILABLE
}
