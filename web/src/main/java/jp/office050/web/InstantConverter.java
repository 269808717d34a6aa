package jp.office050.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows an {@link Instant} in Japan time (Faces 4.0's convertDateTime has no type for it). The pattern comes from the
 * component attribute {@code pattern}, default {@code yyyy/MM/dd HH:mm}. Display only.
 */
@FacesConverter(value = "instant", managed = true)
public class InstantConverter implements Converter<Instant> {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        Object pattern = component.getAttributes().get("pattern");
        var formatter = DateTimeFormatter.ofPattern(
                pattern == null ? "yyyy/MM/dd HH:mm" : pattern.toString(),
                context.getViewRoot().getLocale());
        return formatter.withZone(JAPAN).format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }
}
