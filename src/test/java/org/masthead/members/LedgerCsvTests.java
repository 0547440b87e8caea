package org.masthead.members;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerCsvTests {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "ann@example.org | ann@example.org",
            "=cmd@example.org | '=cmd@example.org",
            "+1@example.org | '+1@example.org",
            "@x | '@x",
            "`a,b` | `\"a,b\"`",
            "`say \"hi\"` | `\"say \"\"hi\"\"\"`"})
    void quotesWhatCsvNeedsAndDisarmsFormulas(String value, String cell) {
        assertThat(LedgerCsv.cell(value)).isEqualTo(cell);
    }
}
