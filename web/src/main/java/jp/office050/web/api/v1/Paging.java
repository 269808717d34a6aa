package jp.office050.web.api.v1;

import java.util.ArrayList;
import java.util.List;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.provisioning.boundary.Page;

/** {@code offset} (from 0) and {@code limit} (1 to 500, 50 unless given) of a list, checked. */
record Paging(int offset, int limit) {

    static Paging of(String offset, String limit) {
        List<InvalidField> invalid = new ArrayList<>();
        int first = number("offset", offset, 0, 0, Integer.MAX_VALUE, invalid);
        int size = number("limit", limit, Page.DEFAULT_LIMIT, 1, Page.MAX_LIMIT, invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidFieldsException(invalid);
        }
        return new Paging(first, size);
    }

    private static int number(String name, String value, int absent, int min, int max, List<InvalidField> invalid) {
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // below
        }
        invalid.add(new InvalidField(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
