package jp.office050.provisioning.boundary;

import java.util.List;

/**
 * A new line as the provider orders it.
 *
 * @param kind {@code ordinary} (the default) or {@code multiple-number}
 * @param initialPassword whether to generate an initial password (returned once); without one, the line has no
 *     password until its administrator resets it
 */
public record LineOrder(
        String number,
        String loginId,
        String displayName,
        String kind,
        List<String> services,
        boolean initialPassword) {}
