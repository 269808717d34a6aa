package jp.office050.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import jp.office050.platform.control.MailSettings.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sends through a real SMTP server (GreenMail on a free loopback port) and reads what arrived. */
class MailerTest {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String FROM = "no-reply@office050.example";
    private static final String TO = "taro@example.jp";
    private static final String SUBJECT = "【オフィス050】メールアカウント登録のご案内";
    private static final String BODY = "山田 太郎 様\n\n下記のリンクから登録を完了してください。\n"
            + "https://portal.office050.example/register?token=AbC123-_xyz&lang=ja\n\n有効期限は24時間です。\n";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, LOOPBACK, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, "mailer", "s3cret"));

    private final OutgoingMail mail = new OutgoingMail(TO, SUBJECT, BODY);

    private static MailSettings settings(
            Delivery delivery, int port, Optional<String> fromName, Optional<String> user, Optional<String> password) {
        return new MailSettings(delivery, LOOPBACK, port, FROM, fromName, user, password, false, 2_000);
    }

    private static MailSettings smtp(Optional<String> fromName) {
        return settings(Delivery.SMTP, smtpPort(), fromName, Optional.empty(), Optional.empty());
    }

    private static MailSettings authenticating(String password) {
        return settings(Delivery.SMTP, smtpPort(), Optional.empty(), Optional.of("mailer"), Optional.of(password));
    }

    private static int smtpPort() {
        return SMTP.getSmtp().getPort();
    }

    private static MimeMessage onlyReceived() {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    @Test
    void japaneseSubjectAndBodyArriveIntact() throws Exception {
        new Mailer(smtp(Optional.empty())).send(mail);

        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(received.getSentDate()).isNotNull();
    }

    @Test
    void fromAndToAreTheConfiguredSenderAndTheOneRecipient() throws Exception {
        new Mailer(smtp(Optional.empty())).send(mail);

        MimeMessage received = onlyReceived();
        assertThat(received.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isNull();
        assertThat(received.getRecipients(RecipientType.TO)).containsExactly(new InternetAddress(TO));
        assertThat(received.getRecipients(RecipientType.CC)).isNull();
    }

    @Test
    void fromCarriesThePersonalNameWhenConfigured() throws Exception {
        new Mailer(smtp(Optional.of("オフィス050 サポート"))).send(mail);

        var from = (InternetAddress) onlyReceived().getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(FROM);
        assertThat(from.getPersonal()).isEqualTo("オフィス050 サポート");
    }

    @Test
    void authenticatesWithTheConfiguredUser() throws Exception {
        new Mailer(authenticating("s3cret")).send(mail);

        assertThat(onlyReceived().getSubject()).isEqualTo(SUBJECT);
    }

    @Test
    void aWrongPasswordMakesMailUnavailableWithoutRevealingIt() {
        var mailer = new Mailer(authenticating("wrong-secret"));

        assertThatThrownBy(() -> mailer.send(mail))
                .isInstanceOf(MailUnavailableException.class)
                .hasMessageContaining(LOOPBACK + ":" + smtpPort())
                .hasMessageContaining("example.jp")
                .hasMessageNotContaining("wrong-secret")
                .hasMessageNotContaining("taro@")
                .hasMessageNotContaining("token");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsNotThereMakesMailUnavailable() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            closedPort = socket.getLocalPort();
        }
        var mailer =
                new Mailer(settings(Delivery.SMTP, closedPort, Optional.empty(), Optional.empty(), Optional.empty()));

        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> mailer.send(mail))
                        .isInstanceOf(MailUnavailableException.class)
                        .hasMessageContaining(LOOPBACK + ":" + closedPort));
    }

    @Test
    void aServerThatNeverAnswersMakesMailUnavailableWithinTheTimeout() throws IOException {
        try (var silent = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            var mailer = new Mailer(settings(
                    Delivery.SMTP, silent.getLocalPort(), Optional.empty(), Optional.empty(), Optional.empty()));

            assertTimeoutPreemptively(
                    Duration.ofSeconds(6),
                    () -> assertThatThrownBy(() -> mailer.send(mail)).isInstanceOf(MailUnavailableException.class));
        }
    }

    @Test
    void logDeliveryWritesTheMailToTheLogAndSendsNothing() {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger("jp.office050.mail");
        Handler handler = new RecordingHandler(records);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        try {
            new Mailer(settings(Delivery.LOG, smtpPort(), Optional.empty(), Optional.empty(), Optional.empty()))
                    .send(mail);
        } finally {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(true);
        }

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.INFO);
        assertThat(formatted(records.get(1))).contains("NOT sent", TO, SUBJECT, "token=AbC123-_xyz");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a@b@c",
                "x\r\nBcc: y@z",
                "taro@example.jp\nBcc: spy@evil.example",
                "",
                "no-at-sign",
                "taro@example.jp, hanako@example.jp",
                "Taro <taro@example.jp>",
                "group: taro@example.jp;"
            })
    void aRecipientThatIsNotOneValidAddressIsRejectedBeforeSending(String to) {
        var mailer = new Mailer(smtp(Optional.empty()));

        assertThatThrownBy(() -> mailer.send(new OutgoingMail(to, SUBJECT, BODY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSubjectWithALineBreakIsRejected() {
        assertThatThrownBy(() -> new OutgoingMail(TO, "登録\r\nBcc: spy@evil.example", BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String formatted(LogRecord record) {
        return new SimpleFormatter().formatMessage(record);
    }

    /** Keeps what the mail logger published, so that the test can read it. */
    private static final class RecordingHandler extends Handler {
        private final List<LogRecord> records;

        RecordingHandler(List<LogRecord> records) {
            this.records = records;
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
