package org.masthead.mail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MailAddressesTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "reader@example.org", "first.last@news.example.co.uk", "o'brien+newsletter@example.org",
            "x@a.io", "UPPER@Example.ORG", "a!#$%&*/=?^_`{|}~-@example.org", "desk@sub-domain.example-news.org",
            "editor@123.example.org"})
    void acceptsBareAddressesEveryMailServerTakes(String address) {
        assertThat(MailAddresses.problem(address)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                   | required",
            "'   '                                | required",
            "reader.example.org                   | one address",
            "a@b@example.org                      | one address",
            "@example.org                         | the part before the @",
            ".reader@example.org                  | the part before the @",
            "reader.@example.org                  | the part before the @",
            "re..ader@example.org                 | the part before the @",
            "\"quoted local\"@example.org         | the part before the @",
            "Reader <reader@example.org>          | the part before the @",
            "rëader@example.org                   | the part before the @",
            "reader@                              | a domain",
            "root@localhost                       | a domain",
            "reader@example                       | a domain",
            "reader@-example.org                  | a domain",
            "reader@example-.org                  | a domain",
            "reader@exa_mple.org                  | a domain",
            "reader@example..org                  | a domain",
            "reader@example.org.                  | a domain",
            "reader@[192.0.2.1]                   | a domain",
            "reader@192.0.2.1                     | a domain",
            "reader@bücher.example                | a domain",
    })
    void refusesWhatSomeServersWouldNotTakeSayingWhy(String address, String problem) {
        assertThat(MailAddresses.problem(address)).hasValueSatisfying(p -> assertThat(p).startsWith(problem));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reader@example.org\r\nBcc: everyone@example.org", "reader@example.org\n", "read er@example.org"})
    void refusesAnythingThatCouldSplitAHeaderLine(String address) {
        assertThat(MailAddresses.problem(address)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void refusesOverlongAddressesAndLocalParts() {
        assertThat(MailAddresses.problem("a".repeat(65) + "@example.org")).hasValueSatisfying(p -> assertThat(p).startsWith("the part before"));
        assertThat(MailAddresses.problem("a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "." + "e".repeat(60) + ".org"))
                .hasValue("at most 254 characters");
        assertThat(MailAddresses.problem("a".repeat(64) + "@example.org")).isEmpty();
    }
}
