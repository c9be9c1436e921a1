package cartsim.cli;

import java.util.List;

/** The arguments of the current invocation, for manifests. */
final class CommandLines {
    private static volatile List<String> args = List.of();

    private CommandLines() {}

    static void set(String[] a) {
        args = List.of(a);
    }

    /** arguments after the command word */
    static List<String> current() {
        return args.size() <= 1 ? List.of() : args.subList(1, args.size());
    }
}
