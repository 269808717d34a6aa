package jp.office050.platform.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Time columns hold UTC as SQL TIMESTAMP, mapped as {@link LocalDateTime} (which JPA 3.1 and every database support
 * alike); entities speak {@link Instant}. EclipseLink 4 neither maps Instant nor converts query parameters, so a
 * query compares against {@link #column(Instant)}.
 */
public final class Utc {

    private Utc() {}

    public static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
