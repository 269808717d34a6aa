package jp.office050.options.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ForwardingSettingsTest {

    private static final long LINE = 42L;
    private static final String TYPED = "090-1234-5678";
    private static final String NORMALIZED = "09012345678";
    /** The line's own number, which it may not forward to. */
    private static final String OWN_NUMBER = "05011110001";

    private static final Violation DESTINATION_REQUIRED =
            new Violation("destination", "forwarding.destination.required");
    private static final Violation RING_SECONDS_RANGE = new Violation("ringSeconds", "forwarding.ringSeconds.range");
    private static final Violation VOICEMAIL_RINGS_RANGE =
            new Violation("voicemailAfterRings", "forwarding.voicemailAfterRings.range");
    private static final Violation GREETING_REQUIRED = new Violation("greeting", "forwarding.greeting.required");
    private static final Violation GREETING_TEXT_REQUIRED =
            new Violation("greetingText", "forwarding.greetingText.required");
    private static final Violation GREETING_TEXT_TOO_LONG =
            new Violation("greetingText", "forwarding.greetingText.tooLong");
    private static final Violation NOTIFY_ADDRESS_INVALID =
            new Violation("notifyAddress", "forwarding.notifyAddress.invalid");

    /** The four ways calls can be forwarded; each one alone needs a destination. */
    enum Mode {
        ALWAYS(c -> c.setAlways(true)),
        BUSY(c -> c.setBusy(true)),
        NO_ANSWER(c -> c.setNoAnswer(true)),
        UNREACHABLE(c -> c.setUnreachable(true));

        private final Consumer<ForwardingChoice> on;

        Mode(Consumer<ForwardingChoice> on) {
            this.on = on;
        }

        ForwardingChoice on(ForwardingChoice choice) {
            on.accept(choice);
            return choice;
        }
    }

    /** A form as it starts for a line that never saved anything: valid as it is. */
    private static ForwardingChoice untouched() {
        return new ForwardingChoice();
    }

    /** Every field set to something other than the defaults, every rule kept. */
    private static ForwardingChoice everythingSet() {
        var choice = new ForwardingChoice();
        choice.setBusy(true);
        choice.setNoAnswer(true);
        choice.setUnreachable(true);
        choice.setDestination(TYPED);
        choice.setRingSeconds(30);
        choice.setVoicemail(true);
        choice.setVoicemailAfterRings(3);
        choice.setGreeting(Greeting.CUSTOM);
        choice.setGreetingText("ただいま電話に出ることができません。");
        choice.setNotifyAddress("taro@example.co.jp");
        return choice;
    }

    private static ForwardingSettings settings() {
        return ForwardingSettings.defaults(LINE);
    }

    private static ForwardingSettings saved(ForwardingChoice choice) {
        var settings = settings();
        assertThat(settings.change(choice, OWN_NUMBER))
                .as("precondition: the choice is accepted")
                .isEmpty();
        return settings;
    }

    private static ForwardingSettings withVersion(ForwardingSettings settings, long version) {
        try {
            Field field = ForwardingSettings.class.getDeclaredField("version");
            field.setAccessible(true);
            field.setLong(settings, version);
            return settings;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- summary(), for the audit trail's "before → after" --------------------------------------------------------

    @Test
    void theSummarySaysWhatForwardsWhereButNeitherTheGreetingNorTheNotifyAddress() {
        assertThat(settings().summary()).isEqualTo("no forwarding, ring 20 s, voicemail off, greeting STANDARD");

        String after = saved(everythingSet()).summary();

        assertThat(after)
                .startsWith("forward busy/no answer/unreachable to ")
                .contains("ring 30 s", "voicemail on after 3 rings", "greeting CUSTOM", "mail notify")
                .doesNotContain("taro@example.co.jp", "ただいま");
    }

    // --- violations(choice) -------------------------------------------------------------------------------------

    @Test
    void theFormAsItStartsBreaksNoRule() {
        assertThat(ForwardingSettings.violations(untouched(), OWN_NUMBER)).isEmpty();
        assertThat(ForwardingSettings.violations(everythingSet(), OWN_NUMBER)).isEmpty();
    }

    @ParameterizedTest(name = "{0} seconds: accepted {1}")
    @CsvSource({"4, false", "5, true", "20, true", "60, true", "61, false", "0, false", "-5, false"})
    void theRingTimeBeforeForwardingIsFiveToSixtySeconds(int seconds, boolean accepted) {
        var choice = Mode.NO_ANSWER.on(untouched());
        choice.setDestination(TYPED);
        choice.setRingSeconds(seconds);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER))
                .isEqualTo(accepted ? List.of() : List.of(RING_SECONDS_RANGE));
    }

    @ParameterizedTest(name = "{0} rings: accepted {1}")
    @CsvSource({"0, false", "1, true", "5, true", "10, true", "11, false", "-1, false"})
    void voicemailAnswersAfterOneToTenRings(int rings, boolean accepted) {
        var choice = untouched();
        choice.setVoicemail(true);
        choice.setVoicemailAfterRings(rings);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER))
                .isEqualTo(accepted ? List.of() : List.of(VOICEMAIL_RINGS_RANGE));
    }

    @ParameterizedTest(name = "{0} with destination \"{1}\"")
    @CsvSource({
        "ALWAYS,",
        "ALWAYS, ''",
        "ALWAYS, '   '",
        "ALWAYS, '\t'",
        "BUSY,",
        "BUSY, ''",
        "BUSY, '   '",
        "BUSY, '\u3000'",
        "NO_ANSWER,",
        "NO_ANSWER, ''",
        "NO_ANSWER, '   '",
        "UNREACHABLE,",
        "UNREACHABLE, ''",
        "UNREACHABLE, '   '"
    })
    void everyForwardingModeNeedsADestination(Mode mode, String destination) {
        var choice = mode.on(untouched());
        choice.setDestination(destination);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).containsExactly(DESTINATION_REQUIRED);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aForwardingModeWithADestinationIsAccepted(Mode mode) {
        var choice = mode.on(untouched());
        choice.setDestination(TYPED);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void withoutForwardingNoDestinationIsNeeded(String destination) {
        var choice = untouched();
        choice.setVoicemail(true);
        choice.setDestination(destination);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).isEmpty();
    }

    @Test
    void aGreetingMustBeChosen() {
        var choice = untouched();
        choice.setGreeting(null);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).containsExactly(GREETING_REQUIRED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void aCustomGreetingNeedsItsText(String text) {
        var choice = untouched();
        choice.setGreeting(Greeting.CUSTOM);
        choice.setGreetingText(text);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).containsExactly(GREETING_TEXT_REQUIRED);
    }

    @ParameterizedTest(name = "{0} characters with padding \"{1}\": accepted {2}")
    @CsvSource({"1, '', true", "200, '', true", "201, '', false", "200, '   ', true", "201, '  ', false"})
    void aCustomGreetingHasAtMost200CharactersNotCountingSurroundingSpaces(
            int length, String padding, boolean accepted) {
        var choice = untouched();
        choice.setGreeting(Greeting.CUSTOM);
        choice.setGreetingText(padding + "あ".repeat(length) + padding);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER))
                .isEqualTo(accepted ? List.of() : List.of(GREETING_TEXT_TOO_LONG));
    }

    @Test
    void theStandardGreetingIgnoresWhateverTextIsLeftInTheForm() {
        var choice = untouched();
        choice.setGreeting(Greeting.STANDARD);
        choice.setGreetingText("あ".repeat(201));

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).isEmpty();

        choice.setGreetingText("  ");
        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "taro@example.co.jp",
                "taro.yamada+voicemail@mail.example.jp",
                "  taro@example.jp  ",
                "a@b.c"
            })
    void aNotifyAddressIsOptionalButWhenGivenLooksLikeAnEmailAddress(String address) {
        var choice = untouched();
        choice.setVoicemail(true);
        choice.setNotifyAddress(address);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "taro",
                "taro@example",
                "@example.jp",
                "taro@",
                "taro@@example.jp",
                "taro@mail@example.jp",
                "taro yamada@example.jp",
                "taro@exa mple.jp",
                "taro@example.",
                "taro@.jp"
            })
    void aMalformedNotifyAddressIsRefused(String address) {
        var choice = untouched();
        choice.setVoicemail(true);
        choice.setNotifyAddress(address);

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER)).containsExactly(NOTIFY_ADDRESS_INVALID);
    }

    @ParameterizedTest(name = "{0} characters: accepted {1}")
    @CsvSource({"254, true", "255, false", "300, false"})
    void aNotifyAddressHasAtMost254Characters(int length, boolean accepted) {
        String domain = "@example.jp";
        String address = "a".repeat(length - domain.length()) + domain;
        var choice = untouched();
        choice.setNotifyAddress("  " + address + "  ");

        assertThat(address).hasSize(length);
        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER))
                .isEqualTo(accepted ? List.of() : List.of(NOTIFY_ADDRESS_INVALID));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var choice = untouched();
        choice.setBusy(true);
        choice.setDestination(" ");
        choice.setRingSeconds(61);
        choice.setVoicemail(true);
        choice.setVoicemailAfterRings(0);
        choice.setGreeting(Greeting.CUSTOM);
        choice.setGreetingText("");
        choice.setNotifyAddress("taro@example");

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER))
                .containsExactlyInAnyOrder(
                        DESTINATION_REQUIRED,
                        RING_SECONDS_RANGE,
                        VOICEMAIL_RINGS_RANGE,
                        GREETING_TEXT_REQUIRED,
                        NOTIFY_ADDRESS_INVALID);
    }

    @Test
    void aMissingGreetingIsReportedAlongsideTheOtherFields() {
        var choice = untouched();
        choice.setRingSeconds(4);
        choice.setGreeting(null);
        choice.setNotifyAddress("not an address");

        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER))
                .containsExactlyInAnyOrder(RING_SECONDS_RANGE, GREETING_REQUIRED, NOTIFY_ADDRESS_INVALID);
    }

    // --- change(choice, normalizedDestination) ------------------------------------------------------------------

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(
            strings = {"ringSeconds", "voicemailAfterRings", "greeting", "greetingText", "notifyAddress", "destination"
            })
    void aChoiceThatBreaksOneRuleChangesNothing(String brokenField) {
        var settings = saved(everythingSet());
        var before = settings.choice();

        var attempt = new ForwardingChoice();
        attempt.setAlways(true);
        attempt.setDestination("03-1234-5678");
        attempt.setRingSeconds(45);
        attempt.setVoicemailAfterRings(8);
        attempt.setGreeting(Greeting.STANDARD);
        attempt.setNotifyAddress("hanako@example.jp");
        switch (brokenField) {
            case "ringSeconds" -> attempt.setRingSeconds(61);
            case "voicemailAfterRings" -> attempt.setVoicemailAfterRings(11);
            case "greeting" -> attempt.setGreeting(null);
            case "greetingText" -> {
                attempt.setGreeting(Greeting.CUSTOM);
                attempt.setGreetingText("あ".repeat(201));
            }
            case "notifyAddress" -> attempt.setNotifyAddress("hanako@");
            case "destination" -> attempt.setDestination("  ");
            default -> throw new IllegalArgumentException(brokenField);
        }

        var violations = settings.change(attempt, OWN_NUMBER);

        assertThat(violations).extracting(Violation::field).containsExactly(brokenField);
        assertThat(violations).isEqualTo(ForwardingSettings.violations(attempt, OWN_NUMBER));
        assertThat(settings.choice()).usingRecursiveComparison().isEqualTo(before);
        assertThat(settings.describe()).isEqualTo(saved(everythingSet()).describe());
    }

    @Test
    void aChoiceThatBreaksSeveralRulesReturnsThemAllAndChangesNothing() {
        var settings = settings();
        var before = settings.choice();
        var attempt = everythingSet();
        attempt.setRingSeconds(4);
        attempt.setVoicemailAfterRings(0);
        attempt.setNotifyAddress("x");

        assertThat(settings.change(attempt, OWN_NUMBER))
                .containsExactlyInAnyOrder(RING_SECONDS_RANGE, VOICEMAIL_RINGS_RANGE, NOTIFY_ADDRESS_INVALID);
        assertThat(settings.choice()).usingRecursiveComparison().isEqualTo(before);
        assertThat(settings.describe()).isEmpty();
    }

    @Test
    void aValidChoiceIsTakenWhole() {
        var settings = settings();
        var choice = everythingSet();
        choice.setGreetingText("  ただいま電話に出ることができません。  ");
        choice.setNotifyAddress("  taro@example.co.jp ");

        assertThat(settings.change(choice, OWN_NUMBER)).isEmpty();

        var now = settings.choice();
        assertThat(now.isAlways()).isFalse();
        assertThat(now.isBusy()).isTrue();
        assertThat(now.isNoAnswer()).isTrue();
        assertThat(now.isUnreachable()).isTrue();
        assertThat(now.getDestination())
                .as("the normalised number, not what was typed")
                .isEqualTo(NORMALIZED);
        assertThat(now.getRingSeconds()).isEqualTo(30);
        assertThat(now.isVoicemail()).isTrue();
        assertThat(now.getVoicemailAfterRings()).isEqualTo(3);
        assertThat(now.getGreeting()).isEqualTo(Greeting.CUSTOM);
        assertThat(now.getGreetingText()).isEqualTo("ただいま電話に出ることができません。");
        assertThat(now.getNotifyAddress()).isEqualTo("taro@example.co.jp");
    }

    @Test
    void aLaterValidChoiceReplacesAnEarlierOne() {
        var settings = saved(everythingSet());
        var choice = untouched();
        choice.setAlways(true);
        choice.setDestination("03-1234-5678");
        choice.setRingSeconds(5);
        choice.setVoicemailAfterRings(10);

        assertThat(settings.change(choice, OWN_NUMBER)).isEmpty();

        var now = settings.choice();
        assertThat(now.isAlways()).isTrue();
        assertThat(now.isBusy()).isFalse();
        assertThat(now.isNoAnswer()).isFalse();
        assertThat(now.isUnreachable()).isFalse();
        assertThat(now.getDestination()).isEqualTo("0312345678");
        assertThat(now.getRingSeconds()).isEqualTo(5);
        assertThat(now.isVoicemail()).isFalse();
        assertThat(now.getVoicemailAfterRings()).isEqualTo(10);
        assertThat(now.getGreeting()).isEqualTo(Greeting.STANDARD);
        assertThat(now.getGreetingText()).isNull();
        assertThat(now.getNotifyAddress()).isNull();
    }

    @Test
    void theTextOfACustomGreetingIsDroppedWhenTheStandardOneIsChosen() {
        var settings = saved(everythingSet());
        var choice = everythingSet();
        choice.setGreeting(Greeting.STANDARD);
        choice.setGreetingText("前に入力した挨拶");

        assertThat(settings.change(choice, OWN_NUMBER)).isEmpty();

        assertThat(settings.choice().getGreeting()).isEqualTo(Greeting.STANDARD);
        assertThat(settings.choice().getGreetingText()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void aBlankNotifyAddressIsStoredAsNone(String address) {
        var settings = saved(everythingSet());
        var choice = everythingSet();
        choice.setNotifyAddress(address);

        assertThat(settings.change(choice, OWN_NUMBER)).isEmpty();

        assertThat(settings.choice().getNotifyAddress()).isNull();
        assertThat(settings.describe()).extracting(Phrase::key).doesNotContain("summary.voicemail.notify");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void forwardingToANumberThePlanRefusesIsRefusedWithTheReason(Mode mode) {
        var settings = saved(everythingSet());
        var before = settings.choice();
        var choice = mode.on(untouched());
        choice.setDestination("0120-123-456");

        assertThat(settings.change(choice, OWN_NUMBER))
                .containsExactly(new Violation("destination", "destination.FREE_DIAL"));
        assertThat(settings.choice()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void aBlankDestinationIsReportedOnceEvenWithoutANormalisedOne() {
        var settings = settings();
        var choice = Mode.BUSY.on(untouched());
        choice.setDestination(" ");

        assertThat(settings.change(choice, OWN_NUMBER)).containsExactly(DESTINATION_REQUIRED);
        assertThat(settings.choice().isBusy()).isFalse();
    }

    @Test
    void withoutForwardingNoNormalisedDestinationIsNeeded() {
        var settings = saved(everythingSet());
        var choice = untouched();
        choice.setVoicemail(true);

        assertThat(settings.change(choice, OWN_NUMBER)).isEmpty();

        assertThat(settings.choice().isVoicemail()).isTrue();
        assertThat(settings.choice().forwardsAny()).isFalse();
        assertThat(settings.choice().getDestination()).isNull();
    }

    // --- choice() -----------------------------------------------------------------------------------------------

    @Test
    void aLineThatNeverSavedStartsWithNothingForwardedAndNoVoicemail() {
        var choice = settings().choice();

        assertThat(choice.forwardsAny()).isFalse();
        assertThat(choice.isAlways()).isFalse();
        assertThat(choice.isBusy()).isFalse();
        assertThat(choice.isNoAnswer()).isFalse();
        assertThat(choice.isUnreachable()).isFalse();
        assertThat(choice.getDestination()).isNull();
        assertThat(choice.getRingSeconds())
                .isEqualTo(ForwardingSettings.DEFAULT_RING_SECONDS)
                .isEqualTo(20);
        assertThat(choice.isVoicemail()).isFalse();
        assertThat(choice.getVoicemailAfterRings())
                .isEqualTo(ForwardingSettings.DEFAULT_VOICEMAIL_RINGS)
                .isEqualTo(5);
        assertThat(choice.getGreeting()).isEqualTo(Greeting.STANDARD);
        assertThat(choice.getGreetingText()).isNull();
        assertThat(choice.getNotifyAddress()).isNull();
        assertThat(choice.getVersion()).isZero();
        assertThat(ForwardingSettings.violations(choice, OWN_NUMBER))
                .as("the starting form can be saved")
                .isEmpty();
    }

    @Test
    void theFormStartsFromWhatWasSavedAndTheVersionItWasReadAt() {
        var settings = withVersion(saved(everythingSet()), 7);

        var choice = settings.choice();

        var expected = everythingSet();
        expected.setDestination(NORMALIZED);
        expected.setVersion(7);
        assertThat(choice).usingRecursiveComparison().isEqualTo(expected);
        assertThat(choice.getVersion()).isEqualTo(settings.getVersion()).isEqualTo(7);
    }

    @Test
    void savingTheFormUnchangedKeepsEverythingAsItWas() {
        var settings = withVersion(saved(everythingSet()), 3);
        var before = settings.choice();

        assertThat(settings.change(settings.choice(), OWN_NUMBER)).isEmpty();

        assertThat(settings.choice()).usingRecursiveComparison().isEqualTo(before);
        assertThat(settings.getVersion())
                .as("the version is the persistence provider's to raise")
                .isEqualTo(3);
    }

    @Test
    void eachFormGetsItsOwnCopy() {
        var settings = saved(everythingSet());
        var first = settings.choice();
        first.setAlways(true);
        first.setRingSeconds(99);

        assertThat(settings.choice().isAlways()).isFalse();
        assertThat(settings.choice().getRingSeconds()).isEqualTo(30);
    }

    // --- describe() ---------------------------------------------------------------------------------------------

    private static ForwardingSettings describing(Consumer<ForwardingChoice> form) {
        var choice = untouched();
        choice.setDestination(TYPED);
        choice.setRingSeconds(25);
        choice.setVoicemailAfterRings(4);
        form.accept(choice);
        return saved(choice);
    }

    @Test
    void nothingSetSaysNothing() {
        assertThat(settings().describe()).isEmpty();
        assertThat(describing(c -> {}).describe()).isEmpty();
    }

    @Test
    void alwaysForwardingIsAllThereIsToSay() {
        var settings = describing(c -> {
            c.setAlways(true);
            c.setBusy(true);
            c.setNoAnswer(true);
            c.setUnreachable(true);
            c.setVoicemail(true);
            c.setNotifyAddress("taro@example.jp");
        });

        assertThat(settings.describe()).containsExactly(new Phrase("summary.always", List.of(NORMALIZED)));
    }

    @Test
    void noAnswerForwardingSaysAfterHowManySecondsAndWhere() {
        var settings = describing(c -> c.setNoAnswer(true));

        assertThat(settings.describe()).containsExactly(new Phrase("summary.noAnswer", List.of("25", NORMALIZED)));
    }

    @Test
    void voicemailAloneAnswersUnansweredBusyAndUnreachableCalls() {
        var settings = describing(c -> c.setVoicemail(true));

        assertThat(settings.describe())
                .containsExactly(
                        new Phrase("summary.voicemail.noAnswer", List.of("4")),
                        new Phrase("summary.voicemail.busy", List.of()),
                        new Phrase("summary.voicemail.unreachable", List.of()));
    }

    @Test
    void noAnswerForwardingTakesPrecedenceOverVoicemail() {
        var settings = describing(c -> {
            c.setNoAnswer(true);
            c.setVoicemail(true);
        });

        assertThat(settings.describe())
                .containsExactly(
                        new Phrase("summary.noAnswer", List.of("25", NORMALIZED)),
                        new Phrase("summary.voicemail.busy", List.of()),
                        new Phrase("summary.voicemail.unreachable", List.of()));
    }

    @ParameterizedTest(name = "voicemail {0}")
    @ValueSource(booleans = {false, true})
    void busyCallsAreForwardedRatherThanAnsweredByVoicemail(boolean voicemail) {
        var settings = describing(c -> {
            c.setBusy(true);
            c.setVoicemail(voicemail);
        });

        assertThat(settings.describe()).contains(new Phrase("summary.busy", List.of(NORMALIZED)));
        assertThat(settings.describe()).extracting(Phrase::key).doesNotContain("summary.voicemail.busy");
        if (!voicemail) {
            assertThat(settings.describe()).containsExactly(new Phrase("summary.busy", List.of(NORMALIZED)));
        }
    }

    @Test
    void busyCallsGoToVoicemailWhenNotForwarded() {
        var settings = describing(c -> {
            c.setNoAnswer(true);
            c.setUnreachable(true);
            c.setVoicemail(true);
        });

        assertThat(settings.describe())
                .containsExactly(
                        new Phrase("summary.noAnswer", List.of("25", NORMALIZED)),
                        new Phrase("summary.voicemail.busy", List.of()),
                        new Phrase("summary.unreachable", List.of(NORMALIZED)));
    }

    @ParameterizedTest(name = "voicemail {0}")
    @ValueSource(booleans = {false, true})
    void unreachableCallsAreForwardedRatherThanAnsweredByVoicemail(boolean voicemail) {
        var settings = describing(c -> {
            c.setUnreachable(true);
            c.setVoicemail(voicemail);
        });

        assertThat(settings.describe()).contains(new Phrase("summary.unreachable", List.of(NORMALIZED)));
        assertThat(settings.describe()).extracting(Phrase::key).doesNotContain("summary.voicemail.unreachable");
        if (!voicemail) {
            assertThat(settings.describe()).containsExactly(new Phrase("summary.unreachable", List.of(NORMALIZED)));
        }
    }

    @Test
    void unreachableCallsGoToVoicemailWhenNotForwarded() {
        var settings = describing(c -> {
            c.setNoAnswer(true);
            c.setBusy(true);
            c.setVoicemail(true);
        });

        assertThat(settings.describe())
                .containsExactly(
                        new Phrase("summary.noAnswer", List.of("25", NORMALIZED)),
                        new Phrase("summary.busy", List.of(NORMALIZED)),
                        new Phrase("summary.voicemail.unreachable", List.of()));
    }

    @Test
    void everyConditionForwardedLeavesNothingForVoicemailButItsNotice() {
        var settings = describing(c -> {
            c.setNoAnswer(true);
            c.setBusy(true);
            c.setUnreachable(true);
            c.setVoicemail(true);
            c.setNotifyAddress("taro@example.jp");
        });

        assertThat(settings.describe())
                .containsExactly(
                        new Phrase("summary.noAnswer", List.of("25", NORMALIZED)),
                        new Phrase("summary.busy", List.of(NORMALIZED)),
                        new Phrase("summary.unreachable", List.of(NORMALIZED)),
                        new Phrase("summary.voicemail.notify", List.of("taro@example.jp")));
    }

    @Test
    void voicemailWithAnAddressSaysWhereMessagesAreNotified() {
        var settings = describing(c -> {
            c.setVoicemail(true);
            c.setNotifyAddress(" taro@example.jp ");
        });

        assertThat(settings.describe())
                .containsExactly(
                        new Phrase("summary.voicemail.noAnswer", List.of("4")),
                        new Phrase("summary.voicemail.busy", List.of()),
                        new Phrase("summary.voicemail.unreachable", List.of()),
                        new Phrase("summary.voicemail.notify", List.of("taro@example.jp")));
    }

    @Test
    void anAddressWithoutVoicemailIsNotMentioned() {
        var settings = describing(c -> {
            c.setBusy(true);
            c.setNotifyAddress("taro@example.jp");
        });

        assertThat(settings.describe()).containsExactly(new Phrase("summary.busy", List.of(NORMALIZED)));
    }

    @Test
    void voicemailWithoutAnAddressMentionsNoNotice() {
        var settings = describing(c -> c.setVoicemail(true));

        assertThat(settings.describe()).extracting(Phrase::key).doesNotContain("summary.voicemail.notify");
    }
}
