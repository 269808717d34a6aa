package jp.office050.access.control;

import java.util.Set;

/**
 * What an operator's API token may do; each scope is a role of the same name. {@code provision}: create and change
 * contracts, lines and administrator IDs; {@code read}: read them; {@code unlock}: release locked lines and
 * administrator IDs; {@code metrics}: read the metrics; {@code routing}: ask how to route an incoming call.
 */
public final class Scopes {

    public static final String PROVISION = "provision";
    public static final String READ = "read";
    public static final String UNLOCK = "unlock";
    /** Read the metrics ({@code /api/v1/metrics}): for the monitoring system's token. */
    public static final String METRICS = "metrics";

    /** Ask how to route a call ({@code /api/v1/routing}): for the telephony platform's SIP proxy. */
    public static final String ROUTING = "routing";

    public static final Set<String> ALL = Set.of(PROVISION, READ, UNLOCK, METRICS, ROUTING);

    private Scopes() {}
}
