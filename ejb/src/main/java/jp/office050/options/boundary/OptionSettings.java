package jp.office050.options.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.contracts.entity.OptionService;
import jp.office050.lines.entity.Line;
import jp.office050.options.control.SettingsLines;
import jp.office050.options.entity.AnonymousRejectionSettings;
import jp.office050.options.entity.ForwardingChoice;
import jp.office050.options.entity.ForwardingSettings;
import jp.office050.options.entity.Phrase;
import jp.office050.options.entity.Violation;

/**
 * The option-service settings of a line: the signed-in user's own ({@code lineId} null), or one that an administrator
 * sets on the user's behalf ({@code lineId} of a line of its contract; see {@link SettingsLines}). Every save
 * names the version it was read at; a save over someone else's newer one is refused with the current values, and a
 * save that breaks a rule changes nothing. Changes are audited with the caller as actor and the line as target.
 */
@Stateless
public class OptionSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsLines lines;

    public Overview overview(Long lineId) {
        Line line = lines.line(lineId);
        List<Phrase> summary = new ArrayList<>();
        if (line.subscribes(OptionService.FORWARDING)) {
            summary.addAll(forwardingOf(line).describe());
        }
        if (summary.isEmpty()) {
            summary.add(Phrase.of("summary.rings"));
        }
        if (line.subscribes(OptionService.ANONYMOUS_REJECTION)
                && anonymousOf(line).isEnabled()) {
            summary.add(Phrase.of("summary.anonymous"));
        }
        return new Overview(line.services(), summary);
    }

    /** An administrator opens a line's settings on the user's behalf (代理設定): checked, and recorded. */
    public void openProxy(long lineId) {
        Line line = lines.line(lineId);
        lines.audited(line, Action.PROXY_ACCESS, "proxy window opened");
    }

    /** Number, login ID and name of the line, for the page header and the proxy banner. */
    public LineIdentity line(Long lineId) {
        Line line = lines.line(lineId);
        return new LineIdentity(line.getNumber(), line.getLoginId(), line.getDisplayName());
    }

    public ForwardingChoice forwarding(Long lineId) {
        return forwardingOf(lines.forReading(lineId, OptionService.FORWARDING)).choice();
    }

    public void saveForwarding(Long lineId, ForwardingChoice choice) {
        Line line = lines.forChange(lineId, OptionService.FORWARDING, Action.FORWARDING_CHANGE);
        ForwardingSettings settings = forwardingOf(line);
        if (settings.getVersion() != choice.getVersion()) {
            throw new ChangedMeanwhileException();
        }
        String before = settings.summary();
        List<Violation> violations = settings.change(choice, line.getNumber());
        if (!violations.isEmpty()) {
            throw new SettingsRejectedException(violations);
        }
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        lines.audited(line, Action.FORWARDING_CHANGE, before + " → " + settings.summary());
    }

    public AnonymousRejectionSettings anonymousRejection(Long lineId) {
        return anonymousOf(lines.forReading(lineId, OptionService.ANONYMOUS_REJECTION));
    }

    public void saveAnonymousRejection(Long lineId, boolean enabled, long readAtVersion) {
        Line line = lines.forChange(lineId, OptionService.ANONYMOUS_REJECTION, Action.ANONYMOUS_REJECTION_CHANGE);
        AnonymousRejectionSettings settings = anonymousOf(line);
        if (settings.getVersion() != readAtVersion) {
            throw new ChangedMeanwhileException();
        }
        String before = settings.summary();
        settings.change(enabled);
        if (!em.contains(settings)) {
            em.persist(settings);
        }
        lines.audited(line, Action.ANONYMOUS_REJECTION_CHANGE, before + " → " + settings.summary());
    }

    private ForwardingSettings forwardingOf(Line line) {
        ForwardingSettings settings = em.find(ForwardingSettings.class, line.getId());
        return settings != null ? settings : ForwardingSettings.defaults(line.getId());
    }

    private AnonymousRejectionSettings anonymousOf(Line line) {
        AnonymousRejectionSettings settings = em.find(AnonymousRejectionSettings.class, line.getId());
        return settings != null ? settings : AnonymousRejectionSettings.defaults(line.getId());
    }
}
