package jp.office050.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void anEmailAccountsEventBelongsFirstToTheAdministratorItActedThrough() {
        var event = AuditEvent.of("mail:boss@example.jp", Action.LOCKOUT_RELEASE, "line:u1", Outcome.SUCCEEDED)
                .via("admin:A1");

        assertThat(event.contractNames()).containsExactly("admin:A1", "line:u1");
    }

    @Test
    void aRefusalOfAnotherContractsLineIsTheAskersFirst() {
        var event = AuditEvent.refusal("admin:A1", Action.PASSWORD_RESET, "line-id:99", "not a line of contract");

        assertThat(event.contractNames()).first().isEqualTo("admin:A1");
    }

    @Test
    void aUsersLoginNamesItsLineOnce() {
        var event = AuditEvent.self("user:u1", Action.USER_LOGIN, Outcome.FAILED);

        assertThat(event.contractNames()).containsExactly("user:u1");
    }

    @Test
    void anEmailAccountLinkingAnAdministratorIdBelongsToThatIdsContract() {
        var event = AuditEvent.of("mail:boss@example.jp", Action.ADMIN_LINK, "admin:A7", Outcome.REFUSED);

        assertThat(event.contractNames()).containsExactly("admin:A7");
    }

    @Test
    void anEmailAccountsOwnLoginBelongsToNoContractOnItsOwn() {
        var event = AuditEvent.self("mail:boss@example.jp", Action.MAIL_LOGIN, Outcome.SUCCEEDED);

        assertThat(event.contractNames()).isEmpty();
        assertThat(event.knowsItsContract()).isFalse();
        assertThat(event.inContract(5L).getContractId()).isEqualTo(5L);
    }

    @Test
    void aRecorderThatSaysNoContractIsTakenAtItsWord() {
        var unknown = AuditEvent.self("user:nobody", Action.USER_LOGIN, Outcome.FAILED)
                .inContract(null);

        assertThat(unknown.knowsItsContract()).isTrue();
        assertThat(unknown.getContractId()).isNull();
    }
}
