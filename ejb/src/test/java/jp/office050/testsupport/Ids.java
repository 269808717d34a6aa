package jp.office050.testsupport;

import java.lang.reflect.Field;

/** Gives an entity the database ID it would have after being persisted, without a database. */
public final class Ids {

    private Ids() {}

    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the id of " + entity, e);
        }
    }
}
