package org.scfledger.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json), UTF_8);
    }

    @Test
    void rfc8785SortsPropertiesByUtf16CodeUnits() {
        // RFC 8785 section 3.2.3
        String input =
                "{\n  \"\\u20ac\": \"Euro Sign\",\n  \"\\r\": \"Carriage Return\",\n  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n"
                        + "  \"1\": \"One\",\n  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n  \"\\u0080\": \"Control\",\n"
                        + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n}";
        String expected =
                "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                        + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertThat(canonical(input)).isEqualTo(expected);
    }

    @Test
    void rfc8785MainExample() {
        // RFC 8785 section 3.2.2 / 3.2.4
        String input =
                "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50,\n              2e-3, 0.000000000000000000000000001],\n"
                        + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                        + "  \"literals\": [null, true, false]\n}";
        String expected =
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assertThat(canonical(input)).isEqualTo(expected);
        assertThat(CanonicalJson.canonicalize(input.getBytes(UTF_8))).isEqualTo(expected.getBytes(UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // RFC 8785 appendix B (ECMAScript Number.prototype.toString)
                "1e30 | 1e+30",
                "4.50 | 4.5",
                "2e-3 | 0.002",
                "0.000001 | 0.000001", // ES6 switches to exponent form only below 1e-6
                "1e-7 | 1e-7",
                "9.999999999999997e-7 | 9.999999999999997e-7",
                "1e21 | 1e+21",
                "1e20 | 100000000000000000000",
                "-0 | 0",
                "-0.0 | 0",
                "5e-324 | 5e-324",
                "1.7976931348623157e308 | 1.7976931348623157e+308",
                "9007199254740992 | 9007199254740992",
                "9007199254740993 | 9007199254740992", // doubles: big integers must travel as strings
                "295147905179352830000 | 295147905179352830000",
                "333333333.33333329 | 333333333.3333333",
                "100 | 100",
                "1E2 | 100",
                "-1.5 | -1.5",
                "0.1 | 0.1",
            })
    void numbersAreFormattedAsEcmaScriptDoes(String number, String expected) {
        assertThat(canonical("[" + number + "]")).isEqualTo("[" + expected + "]");
    }

    @Test
    void whitespaceIsRemoved() {
        assertThat(canonical(" \t\r\n{ \"b\" : [ 1 , 2 ] ,\n\"a\" : { } , \"c\" : [ ] } \n"))
                .isEqualTo("{\"a\":{},\"b\":[1,2],\"c\":[]}");
    }

    @Test
    void stringsUseTheMinimalEscapes() {
        assertThat(canonical("[\"\\u0041\\u00e9\\u4e2d\\ud83d\\ude00\"]")).isEqualTo("[\"A\u00e9\u4e2d\ud83d\ude00\"]");
        assertThat(canonical("[\"\\b\\f\\n\\r\\t\\u0001\\u001F\\u007f\"]"))
                .isEqualTo("[\"\\b\\f\\n\\r\\t\\u0001\\u001f\u007f\"]");
        assertThat(canonical("[\"\\/ \\\" \\\\\"]")).isEqualTo("[\"/ \\\" \\\\\"]");
        assertThat(canonical("[\"\u00e9\"]").getBytes(UTF_8)).isEqualTo("[\"\u00e9\"]".getBytes(UTF_8));
    }

    @Test
    void nestedObjectsAreSortedAndArraysKeepTheirOrder() {
        assertThat(canonical("{\"z\":{\"y\":1,\"x\":[3,1,2]},\"a\":[{\"d\":1,\"c\":2}]}"))
                .isEqualTo("{\"a\":[{\"c\":2,\"d\":1}],\"z\":{\"x\":[3,1,2],\"y\":1}}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "{",
                "{\"a\":1",
                "{\"a\":1}}",
                "{\"a\":1} x",
                "{\"a\" 1}",
                "{a:1}",
                "{'a':1}",
                "[1,]",
                "[01]",
                "[-01]",
                "[1.]",
                "[.5]",
                "[+1]",
                "[NaN]",
                "[Infinity]",
                "[1e400]",
                "[tru]",
                "[\"a\tb\"]",
                "[\"\\x\"]",
                "{\"a\":1,\"a\":2}",
                "[\"\\ud800\"]",
                "[\"\\udc00\\ud800\"]",
                "[\"\\ud83d x\"]",
                "[\"\ud800\"]",
            })
    void badJsonIsRejected(String bad) {
        assertThatThrownBy(() -> CanonicalJson.canonicalize(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void validNumbersAreNotMistakenForLeadingZeros() {
        assertThat(canonical("[0, -0, 0.05, 10, 1e05, 1E-05, 100.001, [0], {\"0\":0}]"))
                .isEqualTo("[0,0,0.05,10,100000,0.00001,100.001,[0],{\"0\":0}]");
        assertThat(canonical("[\"01\", \"\\\\u0030\\\\ud800\"]")).isEqualTo("[\"01\",\"\\\\u0030\\\\ud800\"]");
    }

    @Test
    void malformedUtf8IsRejected() {
        byte[] truncated = {'[', '"', (byte) 0xc3, '"', ']'};
        byte[] overlong = {'[', '"', (byte) 0xc0, (byte) 0xaf, '"', ']'};
        byte[] encodedSurrogate = {'[', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', ']'};
        for (byte[] bad : new byte[][] {truncated, overlong, encodedSurrogate}) {
            assertThatThrownBy(() -> CanonicalJson.canonicalize(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("UTF-8");
        }
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void canonicalizationIsIdempotent(@ForAll("jsonDocuments") String json) {
        byte[] once = CanonicalJson.canonicalize(json);
        assertThat(CanonicalJson.canonicalize(once)).isEqualTo(once);
    }

    @Provide
    Arbitrary<String> jsonDocuments() {
        Arbitrary<String> strings =
                Arbitraries.strings().withCharRange(' ', '~').withChars('\u00e9', '\u20ac', '\n', '\u0001', '"', '\\')
                        .ofMaxLength(8)
                        .map(CanonicalJsonTest::quote);
        Arbitrary<String> numbers =
                Arbitraries.oneOf(
                        Arbitraries.integers().map(String::valueOf),
                        Arbitraries.doubles().between(-1e30, 1e30).map(d -> Double.toString(d)),
                        Arbitraries.of("1e-7", "0.000001", "4.50", "1E30", "-0", "2e-3"));
        Arbitrary<String> scalars = Arbitraries.oneOf(strings, numbers, Arbitraries.of("true", "false", "null"));
        Arbitrary<String> arrays = scalars.list().ofMaxSize(5).map(l -> "[ " + String.join(" , ", l) + " ]");
        Arbitrary<String> objects =
                Arbitraries.maps(strings, Arbitraries.oneOf(scalars, arrays))
                        .ofMaxSize(6)
                        .map(m -> {
                            StringBuilder out = new StringBuilder("{\n");
                            m.forEach((k, v) -> out.append(out.length() > 2 ? ",\n " : " ").append(k).append(" : ").append(v));
                            return out.append("\n}").toString();
                        });
        return Arbitraries.oneOf(objects, arrays);
    }

    private static String quote(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    @Test
    void exact_mode_refuses_numbers_whose_canonical_form_is_another_value() {
        assertThat(exact("[9007199254740992,5e-324,1e+30]")).isEqualTo("[9007199254740992,5e-324,1e+30]");
        assertThat(exact("{\"a\":0.1,\"b\":125000.00,\"c\":-0}")).isEqualTo("{\"a\":0.1,\"b\":125000,\"c\":0}");
        for (String lossy : new String[] {"[9007199254740993]", "[333333333.33333329]", "[1e400]", "{\"x\":[1,-9007199254740995]}"}) {
            assertThatThrownBy(() -> CanonicalJson.canonicalizeExact(lossy.getBytes(UTF_8))).as(lossy)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("send it as a string");
        }
        assertThat(canonical("[9007199254740993]")).as("the RFC's own mode keeps its double semantics").isEqualTo("[9007199254740992]");
        assertThatThrownBy(() -> CanonicalJson.canonicalizeExact("[-01]".getBytes(UTF_8))).hasMessageContaining("leading zero");
        assertThatThrownBy(() -> CanonicalJson.canonicalizeExact("[1,-]".getBytes(UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String exact(String json) {
        return new String(CanonicalJson.canonicalizeExact(json.getBytes(UTF_8)), UTF_8);
    }
}
