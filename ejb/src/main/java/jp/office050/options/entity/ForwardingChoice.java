package jp.office050.options.entity;

import java.io.Serializable;

/**
 * The call forwarding and voicemail settings as a form holds them, with the version they were read at. A bean (not a
 * record): the settings pages bind to it.
 */
public class ForwardingChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean always;
    private boolean busy;
    private boolean noAnswer;
    private boolean unreachable;
    private String destination;
    private int ringSeconds = ForwardingSettings.DEFAULT_RING_SECONDS;
    private boolean voicemail;
    private int voicemailAfterRings = ForwardingSettings.DEFAULT_VOICEMAIL_RINGS;
    private Greeting greeting = Greeting.STANDARD;
    private String greetingText;
    private String notifyAddress;
    private long version;

    public boolean forwardsAny() {
        return always || busy || noAnswer || unreachable;
    }

    public boolean isAlways() {
        return always;
    }

    public void setAlways(boolean always) {
        this.always = always;
    }

    public boolean isBusy() {
        return busy;
    }

    public void setBusy(boolean busy) {
        this.busy = busy;
    }

    public boolean isNoAnswer() {
        return noAnswer;
    }

    public void setNoAnswer(boolean noAnswer) {
        this.noAnswer = noAnswer;
    }

    public boolean isUnreachable() {
        return unreachable;
    }

    public void setUnreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public int getRingSeconds() {
        return ringSeconds;
    }

    public void setRingSeconds(int ringSeconds) {
        this.ringSeconds = ringSeconds;
    }

    public boolean isVoicemail() {
        return voicemail;
    }

    public void setVoicemail(boolean voicemail) {
        this.voicemail = voicemail;
    }

    public int getVoicemailAfterRings() {
        return voicemailAfterRings;
    }

    public void setVoicemailAfterRings(int voicemailAfterRings) {
        this.voicemailAfterRings = voicemailAfterRings;
    }

    public Greeting getGreeting() {
        return greeting;
    }

    public void setGreeting(Greeting greeting) {
        this.greeting = greeting;
    }

    public String getGreetingText() {
        return greetingText;
    }

    public void setGreetingText(String greetingText) {
        this.greetingText = greetingText;
    }

    public String getNotifyAddress() {
        return notifyAddress;
    }

    public void setNotifyAddress(String notifyAddress) {
        this.notifyAddress = notifyAddress;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
