package jp.office050.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jp.office050.contracts.entity.Contract;
import jp.office050.lines.entity.LineKind;
import jp.office050.options.entity.Greeting;
import org.junit.jupiter.api.Test;

class CallFactsTest {

    private static final RoutingRules RULES =
            new RoutingRules(3, RoutingRules.ANONYMOUS_ANNOUNCEMENT, RoutingRules.SUSPENDED_ANNOUNCEMENT);
    private static final CallerId KNOWN = CallerId.of("0312345678", null);
    private static final CallerId WITHHELD = CallerId.of("anonymous", "id");
    private static final String LINE = "05011110001";
    private static final String DESTINATION = "09012345678";

    /** A line with both services and nothing set. */
    private static Facts line() {
        return new Facts();
    }

    @Test
    void withNothingSetTheLineRingsUntilTheCallerGivesUp() {
        assertThat(line().build().route(KNOWN, RULES)).isEqualTo(new Route.Ring(LINE, 0, null, null, null));
        assertThat(line().build().route(WITHHELD, RULES)).isEqualTo(new Route.Ring(LINE, 0, null, null, null));
    }

    @Test
    void anonymousRejectionRefusesWithheldCallersOnlyWith433() {
        var rejecting = line().rejection(true).build();
        assertThat(rejecting.route(WITHHELD, RULES))
                .isEqualTo(new Route.Reject(433, "Anonymity Disallowed", RULES.anonymousAnnouncement()));
        assertThat(rejecting.route(KNOWN, RULES)).isInstanceOf(Route.Ring.class);
    }

    @Test
    void rejectionOnWithoutTheSubscriptionDoesNothing() {
        var unsubscribed = line().rejection(true).rejectionSubscribed(false).build();
        assertThat(unsubscribed.route(WITHHELD, RULES)).isInstanceOf(Route.Ring.class);
    }

    @Test
    void forwardAlwaysGoesToTheDestinationAtOnceEvenForWithheldCallersWithoutRejection() {
        var always = line().forward(true, false, false, false).build();
        assertThat(always.route(KNOWN, RULES)).isEqualTo(new Route.Forward(DESTINATION));
        assertThat(always.route(WITHHELD, RULES)).isEqualTo(new Route.Forward(DESTINATION));
        assertThat(line().forward(true, false, false, false)
                        .rejection(true)
                        .build()
                        .route(WITHHELD, RULES))
                .isInstanceOf(Route.Reject.class);
    }

    @Test
    void busyNoAnswerAndUnreachableForwardEachOnTheirOwn() {
        var forward = new Route.Forward(DESTINATION);
        assertThat(line().forward(false, true, false, false).build().route(KNOWN, RULES))
                .isEqualTo(new Route.Ring(LINE, 0, forward, null, null));
        assertThat(line().forward(false, false, true, false)
                        .ringSeconds(15)
                        .build()
                        .route(KNOWN, RULES))
                .isEqualTo(new Route.Ring(LINE, 15, null, forward, null));
        assertThat(line().forward(false, false, false, true).build().route(KNOWN, RULES))
                .isEqualTo(new Route.Ring(LINE, 0, null, null, forward));
    }

    @Test
    void voicemailAnswersWhatIsNotForwardedAfterItsRings() {
        var mailbox = new Route.Voicemail(LINE, null);
        var forward = new Route.Forward(DESTINATION);
        assertThat(line().voicemail(4).build().route(KNOWN, RULES))
                .isEqualTo(new Route.Ring(LINE, 12, mailbox, mailbox, mailbox));
        assertThat(line().voicemail(4)
                        .forward(false, true, false, false)
                        .build()
                        .route(KNOWN, RULES))
                .isEqualTo(new Route.Ring(LINE, 12, forward, mailbox, mailbox));
        assertThat(line().voicemail(4)
                        .forward(false, false, true, false)
                        .build()
                        .route(KNOWN, RULES))
                .as("no answer forwards after the ring time; voicemail never gets those calls")
                .isEqualTo(new Route.Ring(LINE, 20, mailbox, forward, mailbox));
        var custom = line().voicemail(2);
        custom.greeting = Greeting.CUSTOM;
        custom.greetingText = "ただいま外出中です";
        var greeted = new Route.Voicemail(LINE, "ただいま外出中です");
        assertThat(custom.build().route(KNOWN, RULES)).isEqualTo(new Route.Ring(LINE, 6, greeted, greeted, greeted));
    }

    @Test
    void settingsOfAServiceTheLineDoesNotSubscribeToAreIgnored() {
        var unsubscribed = line().forward(true, true, true, true).voicemail(3);
        unsubscribed.forwardingSubscribed = false;
        assertThat(unsubscribed.build().route(KNOWN, RULES)).isEqualTo(new Route.Ring(LINE, 0, null, null, null));
    }

    @Test
    void suspendedCancelledAndMultipleNumberLinesHaveTheirOwnAnswers() {
        var suspended = line().forward(true, false, false, false);
        suspended.contract = Contract.State.SUSPENDED;
        assertThat(suspended.build().route(KNOWN, RULES))
                .isEqualTo(new Route.Reject(480, "Temporarily Unavailable", RULES.suspendedAnnouncement()));
        var cancelled = line();
        cancelled.contract = Contract.State.CANCELLED;
        assertThat(cancelled.build().route(KNOWN, RULES)).isEqualTo(new Route.Unknown());
        var multiple = line().forward(true, false, false, false).rejection(true);
        multiple.kind = LineKind.MULTIPLE_NUMBER;
        assertThat(multiple.build().route(WITHHELD, RULES)).isEqualTo(new Route.Ring(LINE, 0, null, null, null));
    }

    private static final class Facts {
        LineKind kind = LineKind.ORDINARY;
        Contract.State contract = Contract.State.ACTIVE;
        boolean forwardingSubscribed = true;
        boolean rejectionSubscribed = true;
        boolean always;
        boolean busy;
        boolean noAnswer;
        boolean unreachable;
        String destination;
        int ringSeconds = 20;
        boolean voicemail;
        int rings = 5;
        Greeting greeting = Greeting.STANDARD;
        String greetingText;
        boolean rejection;

        Facts forward(boolean always, boolean busy, boolean noAnswer, boolean unreachable) {
            this.always = always;
            this.busy = busy;
            this.noAnswer = noAnswer;
            this.unreachable = unreachable;
            this.destination = DESTINATION;
            return this;
        }

        Facts ringSeconds(int seconds) {
            this.ringSeconds = seconds;
            return this;
        }

        Facts voicemail(int rings) {
            this.voicemail = true;
            this.rings = rings;
            return this;
        }

        Facts rejection(boolean on) {
            this.rejection = on;
            return this;
        }

        Facts rejectionSubscribed(boolean subscribed) {
            this.rejectionSubscribed = subscribed;
            return this;
        }

        CallFacts build() {
            return new CallFacts(
                    LINE,
                    kind,
                    contract,
                    forwardingSubscribed,
                    rejectionSubscribed,
                    always,
                    busy,
                    noAnswer,
                    unreachable,
                    destination,
                    ringSeconds,
                    voicemail,
                    rings,
                    greeting,
                    greetingText,
                    rejection);
        }
    }
}
