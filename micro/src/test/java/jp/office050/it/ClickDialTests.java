package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.office050.it.Fixtures.TestContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** クリックダイヤル: first phone, address book, calls through the call-control interface (a recording one here). */
abstract class ClickDialTests extends PortalTests {

    TestContract contract;
    String lineNumber;
    PortalClient user;

    @BeforeEach
    void userSignedIn() throws Exception {
        contract = fixtures.contract(2);
        lineNumber = "0508" + contract.adminId().substring(1) + "0";
        user = new PortalClient(base);
        user.loginUser(contract.loginIds().get(0), Fixtures.USER_PASSWORD);
        user.get("user/settings/clickdial.xhtml");
    }

    @AfterEach
    void callControlBack() {
        fixtures.callControlAvailable(true);
    }

    @Test
    void aCallFromTheAddressBookRingsTheRegisteredPhoneFirstAndIsListed() {
        user.submit("settings", "save", Map.of("ringFirst", "REGISTERED", "registeredNumber", "090-1111-2222"));
        var added = user.submit("book", "add", Map.of("entryName", "田中 商店", "entryNumber", "03-1234-5678"));
        assertThat(added.body()).contains("アドレス帳に追加しました", "田中 商店", "0312345678");

        var called = user.submit("book", "entries:0:call", Map.of());

        assertThat(called.body()).contains("最初の電話を呼び出しています");
        assertThat(fixtures.callsFrom(lineNumber)).containsExactly(lineNumber + " 09011112222 0312345678");
        assertThat(called.body()).contains("呼び出し");
        assertThat(fixtures.auditAbout("line:" + contract.loginIds().get(0)))
                .first()
                .asString()
                .startsWith("CLICK_DIAL_CALL SUCCEEDED user:");
    }

    @Test
    void aTypedNumberIsCalledFromTheLineItselfByDefaultAndABusyCalleeIsReported() {
        var busy = user.submit("call", "dial", Map.of("callee", "0612340000"));

        assertThat(busy.body()).contains("話し中のため発信できませんでした");
        assertThat(fixtures.callsFrom(lineNumber)).containsExactly(lineNumber + " " + lineNumber + " 0612340000");
    }

    @Test
    void numbersThatMayNotBeCalledOrStoredAreRefusedAtTheirField() {
        var emergency = user.submit("book", "add", Map.of("entryName", "警察", "entryNumber", "110"));
        assertThat(emergency.body()).contains("緊急通報番号").doesNotContain("アドレス帳に追加しました");
        var noName = user.submit("book", "add", Map.of("entryName", " ", "entryNumber", "0312345678"));
        assertThat(noName.body()).contains("名前を100文字以内で入力してください");
        var noRegistered = user.submit("settings", "save", Map.of("ringFirst", "REGISTERED", "registeredNumber", ""));
        assertThat(noRegistered.body()).contains("電話番号を入力してください");
        var international = user.submit("call", "dial", Map.of("callee", "010-1-212-555-0100"));
        assertThat(international.body()).contains("海外の電話番号");

        assertThat(fixtures.callsFrom(lineNumber)).isEmpty();
        assertThat(user.get("user/settings/clickdial.xhtml").body()).contains("アドレス帳には登録がありません");
    }

    @Test
    void withoutCallControlThePageSaysSoAndOffersNoCall() {
        fixtures.callControlAvailable(false);

        var page = user.get("user/settings/clickdial.xhtml");

        assertThat(page.body()).contains("通話制御が接続されていないため、クリックダイヤルで発信することはできません");
        assertThat(page.body()).containsPattern("id=\"call:dial\"[^>]*disabled");
    }

    @Test
    void aLineWithoutClickDialIsToldSo() {
        var other = new PortalClient(base);
        other.loginUser(contract.loginIds().get(1), Fixtures.USER_PASSWORD);

        var page = other.get("user/settings/clickdial.xhtml");

        assertThat(page.body()).contains("クリックダイヤルサービスをご契約ではないため").doesNotContain("book:add");
    }
}
