package io.jcompose.model.yaml;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns a YAML scalar into a Java value by YAML 1.2's core schema, as compose-go does: quoted scalars and
 * {@code yes}/{@code no} stay strings; {@code true}, numbers and {@code null} get their types.
 */
final class ScalarResolver {

    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern LEGACY_OCTAL = Pattern.compile("0[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");

    private ScalarResolver() {
    }

    static Object resolve(ScalarNode s) {
        String v = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.STR) || !s.isPlain() && !tag.equals(Tag.NULL) && !tag.equals(Tag.BOOL)
                && !tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)) {
            return v;
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
        }
        if (tag.equals(Tag.INT)) {
            return integer(v);
        }
        if (tag.equals(Tag.FLOAT)) {
            return floating(v);
        }
        return v;
    }

    private static Object integer(String v) {
        String digits = v.startsWith("+") ? v.substring(1) : v;
        BigInteger big;
        if (OCTAL.matcher(digits).matches()) {
            big = new BigInteger(digits.substring(2), 8);
        } else if (LEGACY_OCTAL.matcher(digits).matches()) {
            // compose-go's YAML library reads 0440 as octal (file modes), unlike YAML 1.2; so do we.
            big = new BigInteger(digits.substring(1), 8);
        } else if (HEX.matcher(digits).matches()) {
            big = new BigInteger(digits.substring(2), 16);
        } else {
            try {
                big = new BigInteger(digits);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private static Object floating(String v) {
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    yield v;
                }
            }
        };
    }
}
