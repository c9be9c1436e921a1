package cartsim.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, refusing anything that is not clean UTF-8 text. Done before
 * YAML parsing so a binary file gives one clear error with a position instead of a parser
 * exception deep inside SnakeYAML.
 */
final class TextDecoder {
    private TextDecoder() {}

    static String decode(byte[] bytes, String file) throws ScenarioException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            // a control character before the bad byte is the earlier, more telling problem
            checkControlCharacters(out.flip().toString(), file);
            // the buffer position is at the first undecodable byte
            throw new ScenarioException(position(bytes, start, in.position(), file), "yaml",
                    "not UTF-8 text (byte 0x" + String.format("%02X", bytes[in.position()] & 0xFF)
                            + "): binary file or wrong encoding");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        checkControlCharacters(text, file);
        return text;
    }

    private static void checkControlCharacters(String text, String file) throws ScenarioException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF;
            if (control) {
                throw new ScenarioException(new Location(file, line, column), "yaml",
                        "control character U+" + String.format("%04X", (int) c) + ": binary file or not a text file");
            }
            column++;
        }
    }

    private static Location position(byte[] bytes, int start, int offset, String file) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                // count characters, not UTF-8 continuation bytes
                column++;
            }
        }
        return new Location(file, line, column);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
