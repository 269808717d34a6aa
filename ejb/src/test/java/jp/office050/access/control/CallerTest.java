package jp.office050.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import jp.office050.access.control.Caller.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

    @ParameterizedTest
    @CsvSource({
        "admin:A0000001, ADMIN, A0000001",
        "user:u05011110001, USER, u05011110001",
        "user:a:b, USER, a:b",
        "admin:user:x, ADMIN, user:x"
    })
    void aPrincipalNameNamesTheKindAndId(String principalName, Kind kind, String id) {
        assertThat(Caller.parse(principalName)).contains(new Caller(kind, id));
    }

    @ParameterizedTest
    @CsvSource({"ADMIN, A0000001", "USER, u05011110001", "USER, a:b"})
    void principalNameAndParseRoundTrip(Kind kind, String id) {
        var caller = new Caller(kind, id);

        assertThat(Caller.parse(caller.principalName())).contains(caller);
        assertThat(caller).hasToString(caller.principalName());
    }

    @ParameterizedTest
    @CsvSource({"admin:A0000001, ADMIN", "user:u05011110001, USER"})
    void factoriesGiveTheExpectedPrincipalName(String principalName, Kind kind) {
        String id = principalName.substring(principalName.indexOf(':') + 1);
        var made = kind == Kind.ADMIN ? Caller.admin(id) : Caller.user(id);

        assertThat(made.principalName()).isEqualTo(principalName);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "admin:",
                "user:",
                "admin",
                "user",
                "A0000001",
                "root:x",
                "ADMIN:A0000001",
                "User:u05011110001",
                " admin:A0000001",
                "adminA0000001",
                "administrator:A0000001"
            })
    void unknownPrefixesAndEmptyIdsAreNobody(String principalName) {
        assertThat(Caller.parse(principalName)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ADMIN, admin", "USER, user", "MAIL, mail"})
    void eachKindIsTheRoleItsPrincipalsAreGiven(Kind kind, String role) {
        assertThat(kind.prefix()).isEqualTo(role);
    }
}
