package jp.office050.options.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jp.office050.options.control.DestinationNumbers.Kind;
import jp.office050.options.control.DestinationNumbers.Refusal;
import jp.office050.options.control.DestinationNumbers.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forwarding-destination rule: a valid Japanese number, 050 (11 digits), mobile 070/080/090 (11) or fixed 0ABJ
 * (10); refused: 1xx short and emergency numbers (110, 118, 119, 117, 177 …), 0120/0800 free dial, 0570,
 * international, carrier-selection prefixes, and the line itself. The other refused categories (0170/0180/0990,
 * 020/060/091, 00XY/002YZ/0091XY) are from the MIC numbering plan (電気通信番号計画).
 */
class DestinationNumbersTest {

    private static final String OWN = "05011110001";

    /**
     * Columns: what the person typed, the line's own number, the expected kind (accepted) or refusal, and the
     * normalised number expected when accepted. An empty unquoted cell is {@code null}.
     */
    @ParameterizedTest(name = "[{index}] \"{0}\" (own {1}) -> {2} {3}")
    @CsvSource(textBlock = """
            # --- 050, 11 digits ---
            05012345678,                    05011110001, IP_050,               05012345678
            050-1234-5678,                  05011110001, IP_050,               05012345678
            0501234567,                     05011110001, WRONG_LENGTH,
            050123456789,                   05011110001, WRONG_LENGTH,
            # --- mobile 070/080/090, 11 digits ---
            09012345678,                    05011110001, MOBILE,               09012345678
            08012345678,                    05011110001, MOBILE,               08012345678
            07012345678,                    05011110001, MOBILE,               07012345678
            0901234567,                     05011110001, WRONG_LENGTH,
            090123456789,                   05011110001, WRONG_LENGTH,
            070-1234-567,                   05011110001, WRONG_LENGTH,
            090,                            05011110001, WRONG_LENGTH,
            # --- fixed 0ABJ, 10 digits, whatever the length of the area code ---
            0312345678,                     05011110001, FIXED,                0312345678
            0612345678,                     05011110001, FIXED,                0612345678
            045-123-4567,                   05011110001, FIXED,                0451234567
            0466-12-3456,                   05011110001, FIXED,                0466123456
            01456-2-1234,                   05011110001, FIXED,                0145621234
            03-1234-567,                    05011110001, WRONG_LENGTH,
            03-1234-56789,                  05011110001, WRONG_LENGTH,
            0,                              05011110001, WRONG_LENGTH,
            # area codes that merely resemble a refused prefix (0470 Tateyama, 099 Kagoshima, 0172, 018 Akita, 0572)
            0470-12-3456,                   05011110001, FIXED,                0470123456
            099-212-3456,                   05011110001, FIXED,                0992123456
            0172-12-3456,                   05011110001, FIXED,                0172123456
            018-812-3456,                   05011110001, FIXED,                0188123456
            0572-12-3456,                   05011110001, FIXED,                0572123456
            # --- normalisation: what a person types (spaces, hyphens, parentheses, full-width, IME dashes) ---
            '090 1234 5678',                05011110001, MOBILE,               09012345678
            (03)1234-5678,                  05011110001, FIXED,                0312345678
            ０９０－１２３４－５６７８,     05011110001, MOBILE,               09012345678
            ０９０ー１２３４ー５６７８,     05011110001, MOBILE,               09012345678
            090‐1234‐5678,                  05011110001, MOBILE,               09012345678
            ０３（１２３４）５６７８,       05011110001, FIXED,                0312345678
            '　03　1234　5678　',           05011110001, FIXED,                0312345678
            # --- +81 is Japan: +81 X is read as 0X, then checked as a domestic number ---
            +81 90-1234-5678,               05011110001, MOBILE,               09012345678
            +81312345678,                   05011110001, FIXED,                0312345678
            +81 (0)3-1234-5678,             05011110001, FIXED,                0312345678
            ＋８１９０１２３４５６７８,     05011110001, MOBILE,               09012345678
            +81 50 1234 5678,               05011110001, IP_050,               05012345678
            +81 120 123 456,                05011110001, FREE_DIAL,
            +81 90 1234 567,                05011110001, WRONG_LENGTH,
            +81,                            05011110001, WRONG_LENGTH,
            # --- international (fraud risk of forwarding abroad) ---
            +1 212 555 1234,                05011110001, INTERNATIONAL,
            +82 2 1234 5678,                05011110001, INTERNATIONAL,
            010-1-212-555-1234,             05011110001, INTERNATIONAL,
            010-82-2-1234-5678,             05011110001, INTERNATIONAL,
            010,                            05011110001, INTERNATIONAL,
            0033-010-1-212-555-1234,        05011110001, INTERNATIONAL,
            0061-010-44-20-1234-5678,       05011110001, INTERNATIONAL,
            001-010-1-212-555-1234,         05011110001, INTERNATIONAL,
            001-1-212-555-1234,             05011110001, INTERNATIONAL,
            00212-010-1-212-555-1234,       05011110001, INTERNATIONAL,
            009112-010-1-212-555-1234,      05011110001, INTERNATIONAL,
            # --- carrier-selection prefixes in front of a domestic number ---
            0033-03-1234-5678,              05011110001, CARRIER_PREFIX,
            0036-090-1234-5678,             05011110001, CARRIER_PREFIX,
            0041-0312345678,                05011110001, CARRIER_PREFIX,
            0088-06-1234-5678,              05011110001, CARRIER_PREFIX,
            0077-045-123-4567,              05011110001, CARRIER_PREFIX,
            0081-90-1234-5678,              05011110001, CARRIER_PREFIX,
            00,                             05011110001, CARRIER_PREFIX,
            # --- 1XY short, emergency and special numbers, and carriers' # numbers ---
            110,                            05011110001, EMERGENCY_OR_SPECIAL,
            119,                            05011110001, EMERGENCY_OR_SPECIAL,
            118,                            05011110001, EMERGENCY_OR_SPECIAL,
            117,                            05011110001, EMERGENCY_OR_SPECIAL,
            177,                            05011110001, EMERGENCY_OR_SPECIAL,
            104,                            05011110001, EMERGENCY_OR_SPECIAL,
            115,                            05011110001, EMERGENCY_OR_SPECIAL,
            171,                            05011110001, EMERGENCY_OR_SPECIAL,
            188,                            05011110001, EMERGENCY_OR_SPECIAL,
            189,                            05011110001, EMERGENCY_OR_SPECIAL,
            1-1-0,                          05011110001, EMERGENCY_OR_SPECIAL,
            １１９,                         05011110001, EMERGENCY_OR_SPECIAL,
            184-090-1234-5678,              05011110001, EMERGENCY_OR_SPECIAL,
            '#7119',                        05011110001, EMERGENCY_OR_SPECIAL,
            ＃９１１０,                     05011110001, EMERGENCY_OR_SPECIAL,
            # --- free dial 0120/0800 and navi dial 0570, whatever their length ---
            0120-123-456,                   05011110001, FREE_DIAL,
            0120-1234-567,                  05011110001, FREE_DIAL,
            0800-123-4567,                  05011110001, FREE_DIAL,
            0570-123-456,                   05011110001, NAVI_DIAL,
            0570-12-345,                    05011110001, NAVI_DIAL,
            # --- MIC plan: other 0AB0 services (0990 premium, 0180 tele-vote, 0170 message dial) ---
            0990-123-456,                   05011110001, SPECIAL_SERVICE,
            0180-123-456,                   05011110001, SPECIAL_SERVICE,
            0170-123-456,                   05011110001, SPECIAL_SERVICE,
            # --- MIC plan: 020 M2M and pagers, 060 FMC, 091 specific connection are not lines to forward to ---
            020-1234-5678,                  05011110001, OTHER_NON_GEOGRAPHIC,
            020-4123-4567,                  05011110001, OTHER_NON_GEOGRAPHIC,
            060-0123-4567,                  05011110001, OTHER_NON_GEOGRAPHIC,
            091-234-5678,                   05011110001, OTHER_NON_GEOGRAPHIC,
            # --- not the line itself, in whatever notation either is written ---
            05011110001,                    05011110001, SAME_AS_LINE,
            050-1111-0001,                  05011110001, SAME_AS_LINE,
            05011110001,                    050-1111-0001, SAME_AS_LINE,
            +81 50-1111-0001,               05011110001, SAME_AS_LINE,
            ０５０１１１１０００１,         +81 50 1111 0001, SAME_AS_LINE,
            05011110002,                    05011110001, IP_050,               05011110002
            05011110001,                    05011110002, IP_050,               05011110001
            05011110001,                    ,            IP_050,               05011110001
            05011110001,                    '',          IP_050,               05011110001
            # --- nothing, or not a number ---
            ,                               05011110001, EMPTY,
            '',                             05011110001, EMPTY,
            '   ',                          05011110001, EMPTY,
            '- ( ) ー',                     05011110001, EMPTY,
            abc,                            05011110001, NOT_DIGITS,
            090-1234-567O,                  05011110001, NOT_DIGITS,
            090.1234.5678,                  05011110001, NOT_DIGITS,
            090-1234+5678,                  05011110001, NOT_DIGITS,
            +,                              05011110001, NOT_DIGITS,
            '#',                            05011110001, NOT_DIGITS,
            +81 90 abcd,                    05011110001, NOT_DIGITS,
            ٠٩٠١٢٣٤٥٦٧٨,                    05011110001, NOT_DIGITS,
            # --- anything else ---
            3123-4567,                      05011110001, UNKNOWN_PREFIX,
            81-90-1234-5678,                05011110001, UNKNOWN_PREFIX,
            030-1234-567,                   05011110001, UNKNOWN_PREFIX,
            040-1234-567,                   05011110001, UNKNOWN_PREFIX,
            011-012-3456,                   05011110001, UNKNOWN_PREFIX,
            0150-12-3456,                   05011110001, UNKNOWN_PREFIX,
            """)
    void decidesByTheJapaneseNumberingPlan(String input, String own, String expected, String normalised) {
        Result result = DestinationNumbers.check(input, own);

        assertThat(outcome(result)).isEqualTo(expected);
        assertThat(result.number()).isEqualTo(normalised);
        assertThat(result.isAccepted()).isEqualTo(normalised != null);
    }

    private static String outcome(Result result) {
        return result.isAccepted() ? result.kind().name() : result.refusal().name();
    }

    @Test
    void aNoBreakSpaceCopiedFromAWebPageSeparatesDigitGroups() {
        Result result = DestinationNumbers.check("090\u00A01234\u00A05678", OWN);

        assertThat(result.kind()).isEqualTo(Kind.MOBILE);
        assertThat(result.number()).isEqualTo("09012345678");
    }

    @Test
    void anUnknownOwnNumberOnlyDisablesTheSameAsLineRule() {
        assertThat(DestinationNumbers.check("110", null).refusal()).isEqualTo(Refusal.EMERGENCY_OR_SPECIAL);
        assertThat(DestinationNumbers.check("09012345678", "not a number").kind())
                .isEqualTo(Kind.MOBILE);
    }

    @Test
    void aResultIsEitherAnAcceptedNumberOrARefusal() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Result(null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Result("09012345678", null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Result("09012345678", Kind.MOBILE, Refusal.SAME_AS_LINE));
        assertThatIllegalArgumentException().isThrownBy(() -> new Result("09012345678", null, Refusal.WRONG_LENGTH));
    }
}
