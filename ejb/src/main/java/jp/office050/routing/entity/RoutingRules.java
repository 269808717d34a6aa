package jp.office050.routing.entity;

/**
 * The telephony platform's side of the rules: how long one ring lasts (voicemail answers after a number of rings),
 * and what the refused callers hear.
 */
public record RoutingRules(int secondsPerRing, String anonymousAnnouncement, String suspendedAnnouncement) {

    public static final String ANONYMOUS_ANNOUNCEMENT =
            "おそれいりますが、電話番号の頭に186をつけて、おかけ直しください。" + " Please call again with your number shown (dial 186 first).";

    public static final String SUSPENDED_ANNOUNCEMENT =
            "おかけになった電話番号は、ただいま利用を休止しています。 The number you called is suspended.";

    public RoutingRules {
        if (secondsPerRing < 1 || secondsPerRing > 10) {
            throw new IllegalArgumentException("seconds per ring must be 1 to 10, not " + secondsPerRing);
        }
    }
}
