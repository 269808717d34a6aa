package jp.office050.options.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AddressBookEntryTest {

    private static final String OWN = "05011110001";

    @Test
    void anEntryKeepsItsNameStrippedAndItsNumberAsTheNumberingPlanWroteIt() {
        var entry = new AddressBookEntry(1L, " 山田 太郎 ", "03-1234-5678", OWN);

        assertThat(entry.getName()).isEqualTo("山田 太郎");
        assertThat(entry.getNumber()).isEqualTo("0312345678");
        assertThat(entry.belongsTo(1L)).isTrue();
        assertThat(entry.belongsTo(2L)).isFalse();
    }

    @Test
    void everythingWrongWithANewEntryIsSaidAtOnce() {
        assertThat(AddressBookEntry.violations("", "0120-000-000", OWN, 0))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("entryNumber", "destination.FREE_DIAL"),
                        org.assertj.core.groups.Tuple.tuple("entryName", "addressBook.name.invalid"));
        assertThat(AddressBookEntry.violations("x".repeat(AddressBookEntry.MAX_NAME_LENGTH + 1), "0312345678", OWN, 0))
                .extracting(Violation::messageKey)
                .containsExactly("addressBook.name.invalid");
    }

    @Test
    void aFullBookTakesNoMoreAndABrokenEntryCannotBeMade() {
        assertThat(AddressBookEntry.violations("名前", "0312345678", OWN, AddressBookEntry.MAX_ENTRIES))
                .extracting(Violation::messageKey)
                .containsExactly("addressBook.full");
        assertThat(AddressBookEntry.violations("名前", "0312345678", OWN, AddressBookEntry.MAX_ENTRIES - 1))
                .isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressBookEntry(1L, "名前", "119", OWN));
    }
}
