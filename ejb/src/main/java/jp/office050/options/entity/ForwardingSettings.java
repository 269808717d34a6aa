package jp.office050.options.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.office050.options.control.DestinationNumbers;

/**
 * 転送・留守番: where calls go when the line is not answered, busy or unreachable, or always; and the voicemail that
 * answers the calls that are not forwarded. Knows its own rules; the destination's numbering plan is checked by the
 * boundary before, as it needs the line's own number.
 */
@Entity
@Table(name = "forwarding_settings")
public class ForwardingSettings {

    public static final int MIN_RING_SECONDS = 5;
    public static final int MAX_RING_SECONDS = 60;
    public static final int DEFAULT_RING_SECONDS = 20;
    public static final int MIN_VOICEMAIL_RINGS = 1;
    public static final int MAX_VOICEMAIL_RINGS = 10;
    public static final int DEFAULT_VOICEMAIL_RINGS = 5;
    public static final int MAX_GREETING_LENGTH = 200;
    public static final int MAX_ADDRESS_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @Column(name = "line_id")
    private Long lineId;

    @Column(name = "forward_always", nullable = false)
    private boolean always;

    @Column(name = "forward_busy", nullable = false)
    private boolean busy;

    @Column(name = "forward_no_answer", nullable = false)
    private boolean noAnswer;

    @Column(name = "forward_unreachable", nullable = false)
    private boolean unreachable;

    private String destination;

    @Column(name = "ring_seconds", nullable = false)
    private int ringSeconds = DEFAULT_RING_SECONDS;

    @Column(nullable = false)
    private boolean voicemail;

    @Column(name = "voicemail_after_rings", nullable = false)
    private int voicemailAfterRings = DEFAULT_VOICEMAIL_RINGS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Greeting greeting = Greeting.STANDARD;

    @Column(name = "greeting_text")
    private String greetingText;

    @Column(name = "notify_address")
    private String notifyAddress;

    @Version
    private long version;

    protected ForwardingSettings() {}

    /**
     * The settings in a line of the audit trail, for "before → after": what forwards where, the rings, voicemail and
     * its greeting (not the greeting's own text, nor the notification address: only whether there is one).
     */
    public String summary() {
        var forwards = new java.util.ArrayList<String>();
        if (always) {
            forwards.add("always");
        }
        if (busy) {
            forwards.add("busy");
        }
        if (noAnswer) {
            forwards.add("no answer");
        }
        if (unreachable) {
            forwards.add("unreachable");
        }
        return (forwards.isEmpty() ? "no forwarding" : "forward " + String.join("/", forwards) + " to " + destination)
                + ", ring " + ringSeconds + " s, voicemail "
                + (voicemail ? "on after " + voicemailAfterRings + " rings" : "off")
                + ", greeting " + greeting + (notifyAddress == null || notifyAddress.isBlank() ? "" : ", mail notify");
    }

    /** A line that never saved these settings: nothing forwarded, no voicemail. */
    public static ForwardingSettings defaults(long lineId) {
        var settings = new ForwardingSettings();
        settings.lineId = lineId;
        return settings;
    }

    /**
     * Takes the choice if it keeps every rule, and then only: otherwise nothing changes and the refused fields are
     * returned. The destination is checked against the numbering plan here ({@code lineNumber}: the line's own number,
     * which it may not forward to) and kept as that check wrote it.
     */
    public List<Violation> change(ForwardingChoice choice, String lineNumber) {
        Optional<DestinationNumbers.Result> checked = destinationOf(choice, lineNumber);
        List<Violation> violations = violations(choice, checked);
        if (!violations.isEmpty()) {
            return violations;
        }
        always = choice.isAlways();
        busy = choice.isBusy();
        noAnswer = choice.isNoAnswer();
        unreachable = choice.isUnreachable();
        destination = checked.map(DestinationNumbers.Result::number).orElse(null);
        ringSeconds = choice.getRingSeconds();
        voicemail = choice.isVoicemail();
        voicemailAfterRings = choice.getVoicemailAfterRings();
        greeting = choice.getGreeting();
        greetingText = greeting == Greeting.CUSTOM ? choice.getGreetingText().strip() : null;
        notifyAddress = blank(choice.getNotifyAddress())
                ? null
                : choice.getNotifyAddress().strip();
        return List.of();
    }

    /** Every rule the choice breaks, at once (what {@link #change} would refuse). */
    static List<Violation> violations(ForwardingChoice choice, String lineNumber) {
        return violations(choice, destinationOf(choice, lineNumber));
    }

    private static Optional<DestinationNumbers.Result> destinationOf(ForwardingChoice choice, String lineNumber) {
        return blank(choice.getDestination())
                ? Optional.empty()
                : Optional.of(DestinationNumbers.check(choice.getDestination(), lineNumber));
    }

    private static List<Violation> violations(
            ForwardingChoice choice, Optional<DestinationNumbers.Result> destination) {
        List<Violation> violations = new ArrayList<>();
        if (destination.isEmpty() && choice.forwardsAny()) {
            violations.add(new Violation("destination", "forwarding.destination.required"));
        }
        destination
                .filter(result -> !result.isAccepted())
                .ifPresent(refused -> violations.add(new Violation(
                        "destination", "destination." + refused.refusal().name())));
        if (choice.getRingSeconds() < MIN_RING_SECONDS || choice.getRingSeconds() > MAX_RING_SECONDS) {
            violations.add(new Violation("ringSeconds", "forwarding.ringSeconds.range"));
        }
        if (choice.getVoicemailAfterRings() < MIN_VOICEMAIL_RINGS
                || choice.getVoicemailAfterRings() > MAX_VOICEMAIL_RINGS) {
            violations.add(new Violation("voicemailAfterRings", "forwarding.voicemailAfterRings.range"));
        }
        if (choice.getGreeting() == null) {
            violations.add(new Violation("greeting", "forwarding.greeting.required"));
        } else if (choice.getGreeting() == Greeting.CUSTOM && blank(choice.getGreetingText())) {
            violations.add(new Violation("greetingText", "forwarding.greetingText.required"));
        } else if (choice.getGreeting() == Greeting.CUSTOM
                && choice.getGreetingText().strip().length() > MAX_GREETING_LENGTH) {
            violations.add(new Violation("greetingText", "forwarding.greetingText.tooLong"));
        }
        String address = choice.getNotifyAddress();
        if (!blank(address)
                && (address.strip().length() > MAX_ADDRESS_LENGTH
                        || !EMAIL.matcher(address.strip()).matches())) {
            violations.add(new Violation("notifyAddress", "forwarding.notifyAddress.invalid"));
        }
        return violations;
    }

    /** The settings as a form starts from. */
    public ForwardingChoice choice() {
        var choice = new ForwardingChoice();
        choice.setAlways(always);
        choice.setBusy(busy);
        choice.setNoAnswer(noAnswer);
        choice.setUnreachable(unreachable);
        choice.setDestination(destination);
        choice.setRingSeconds(ringSeconds);
        choice.setVoicemail(voicemail);
        choice.setVoicemailAfterRings(voicemailAfterRings);
        choice.setGreeting(greeting);
        choice.setGreetingText(greetingText);
        choice.setNotifyAddress(notifyAddress);
        choice.setVersion(version);
        return choice;
    }

    /** What happens when someone calls, in plain words: forwarding first, then voicemail for what is left. */
    public List<Phrase> describe() {
        List<Phrase> phrases = new ArrayList<>();
        if (always) {
            phrases.add(Phrase.of("summary.always", destination));
            return phrases;
        }
        if (noAnswer) {
            phrases.add(Phrase.of("summary.noAnswer", ringSeconds, destination));
        } else if (voicemail) {
            phrases.add(Phrase.of("summary.voicemail.noAnswer", voicemailAfterRings));
        }
        if (busy) {
            phrases.add(Phrase.of("summary.busy", destination));
        } else if (voicemail) {
            phrases.add(Phrase.of("summary.voicemail.busy"));
        }
        if (unreachable) {
            phrases.add(Phrase.of("summary.unreachable", destination));
        } else if (voicemail) {
            phrases.add(Phrase.of("summary.voicemail.unreachable"));
        }
        if (voicemail && notifyAddress != null) {
            phrases.add(Phrase.of("summary.voicemail.notify", notifyAddress));
        }
        return phrases;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public long getVersion() {
        return version;
    }
}
