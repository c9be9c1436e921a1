package cartsim.cli;

import cartsim.experiment.StudySchemas;
import cartsim.experiment.calibration.CalibrationSchema;
import cartsim.scenario.CartSchema;
import cartsim.scenario.JsonSchemaWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code cartsim schema [--kind scenario|sweep|trial|calibration]}: the JSON Schema editors check files with. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of scenario, sweep, trial or calibration files, generated from the "
                + "parameter registry: types, allowed words, ranges, defaults, units and sources.",
                "Editors use it to complete and check files (see README, \"Editor support\"); the same schemas are "
                        + "committed in docs/schema/."})
public final class SchemaCommand implements Callable<Integer> {
    /** the file kinds that have a schema; the names are the --kind words */
    public enum Kind { scenario, sweep, trial, calibration }

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "scenario",
            description = "which files: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Kind kind;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(JsonSchemaWriter.toJson(schema(kind)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    public static ObjectNode schema(Kind kind) {
        return switch (kind) {
            case scenario -> JsonSchemaWriter.scenario(CartSchema.get());
            case sweep -> StudySchemas.sweep(CartSchema.get());
            case trial -> StudySchemas.trial(CartSchema.get());
            case calibration -> CalibrationSchema.of(CartSchema.get());
        };
    }
}
