package cartsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import cartsim.scenario.CartSchema;
import cartsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./cartsim schema}: the output is a valid draft 2020-12 schema, equal to the committed
 * docs/schema files, every bundled file passes it, and it rejects the malformed corpus files whose
 * fault a schema of one file can express. Regenerate docs/schema with -Dcartsim.writeDocs=true.
 */
class SchemaCommandTest {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path CORPUS = Path.of("src/test/resources/malformed");

    /**
     * Corpus files the schema accepts because their fault is beyond one file's schema: rules
     * across parameters, the extends chain, duplicate keys (a YAML reader keeps the last), and a
     * second document (a YAML reader stops after the first). bool_yes.yaml: Jackson reads YAML 1.1,
     * where {@code yes} is true; editors read YAML 1.2, where it is text, and flag it.
     */
    private static final Set<String> PASS_SCHEMA = Set.of("bool_yes.yaml",
            "and_one_target.yaml", "rule_or_needs_two_targets.yaml", "unstable_diffusion.yaml",
            "cyclic_extends_a.yaml", "cyclic_extends_b.yaml", "missing_extends_target.yaml",
            "error_in_base.yaml", "rule_from_base.yaml",
            "duplicate_key.yaml", "duplicate_section.yaml", "two_documents.yaml");
    /** corpus files that are not YAML a schema could be applied to (the YAML reader fails) */
    private static final Set<String> NOT_YAML = Set.of(
            "syntax_bad_indent.yaml", "syntax_tab_indent.yaml", "syntax_unclosed_flow_list.yaml",
            "syntax_unterminated_quote.yaml", "invalid_utf8.yaml", "binary_control_bytes.yaml");

    static Path committed(SchemaCommand.Kind kind) {
        return Path.of("docs/schema/" + kind + ".schema.json");
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(args));
        return out.toString();
    }

    static JsonSchema schema(SchemaCommand.Kind kind) {
        return FACTORY.getSchema(SchemaCommand.schema(kind));
    }

    @ParameterizedTest
    @EnumSource(SchemaCommand.Kind.class)
    void outputIsValidDraft202012AndMatchesTheCommittedFile(SchemaCommand.Kind kind) throws Exception {
        String json = kind == SchemaCommand.Kind.scenario ? cli("schema") : cli("schema", "--kind", kind.name());
        if (Boolean.getBoolean("cartsim.writeDocs")) Files.writeString(committed(kind), json, StandardCharsets.UTF_8);
        assertEquals(json, Files.readString(committed(kind), StandardCharsets.UTF_8),
                committed(kind) + " is stale: run mvn -o test -Dtest=SchemaCommandTest -Dcartsim.writeDocs=true");
        JsonNode node = new ObjectMapper().readTree(json);
        assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(node);
        assertTrue(errors.isEmpty(), errors.toString());
        // a schema that breaks the meta-schema is caught: the check is not vacuous
        ObjectNode broken = node.deepCopy();
        broken.put("type", "objekt");
        assertFalse(meta.validate(broken).isEmpty());
    }

    /**
     * Editors using the YAML extension check by draft-07 rules: a "$ref" with siblings (ignored in
     * draft-07) or a keyword new in 2019-09/2020-12 would be read differently there.
     */
    @ParameterizedTest
    @EnumSource(SchemaCommand.Kind.class)
    void readsTheSameUnderDraft07(SchemaCommand.Kind kind) {
        List<String> problems = new java.util.ArrayList<>();
        walk(SchemaCommand.schema(kind), "$", problems);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    private static void walk(JsonNode n, String at, List<String> problems) {
        if (n.isObject()) {
            if (n.has("$ref") && n.size() > 1) problems.add(at + ": $ref with siblings");
            for (String newer : List.of("prefixItems", "$dynamicRef", "$dynamicAnchor", "dependentRequired",
                    "dependentSchemas", "unevaluatedProperties", "unevaluatedItems", "$anchor", "minContains", "maxContains")) {
                if (n.has(newer) && !at.endsWith(".properties")) problems.add(at + ": " + newer);
            }
            n.fields().forEachRemaining(e -> walk(e.getValue(), at + "." + e.getKey(), problems));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) walk(n.get(i), at + "[" + i + "]", problems);
        }
    }

    @Test
    void everyBundledFileStartsWithItsSchemaLineAndValidates() throws IOException {
        Map<String, SchemaCommand.Kind> folders = Map.of("scenarios", SchemaCommand.Kind.scenario,
                "sweeps", SchemaCommand.Kind.sweep, "trials", SchemaCommand.Kind.trial,
                "calibration", SchemaCommand.Kind.calibration);
        int checked = 0;
        for (Map.Entry<String, SchemaCommand.Kind> f : folders.entrySet()) {
            JsonSchema schema = schema(f.getValue());
            for (Path file : yamlFiles(Path.of(f.getKey()))) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("# yaml-language-server: $schema=../docs/schema/" + f.getValue() + ".schema.json\n"),
                        file + " must start with its yaml-language-server line");
                Set<ValidationMessage> errors = schema.validate(YAML.readTree(text));
                assertTrue(errors.isEmpty(), file + ": " + errors);
                checked++;
            }
        }
        assertTrue(checked >= 20, "bundled files checked: " + checked);
    }

    @Test
    void malformedCorpusIsRejectedWhereASchemaCanSay() throws IOException {
        JsonSchema schema = schema(SchemaCommand.Kind.scenario);
        Map<String, String> passed = new TreeMap<>();
        Set<String> unreadable = new TreeSet<>();
        Map<String, String> rejected = new TreeMap<>();
        for (Path file : yamlFiles(CORPUS)) {
            String name = file.getFileName().toString();
            JsonNode tree;
            try {
                tree = YAML.readTree(Files.readAllBytes(file));
            } catch (IOException e) {
                unreadable.add(name);
                continue;
            }
            // an empty file is a null document, which the schema (an object) rejects
            Set<ValidationMessage> errors = schema.validate(tree == null || tree.isMissingNode()
                    ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : tree);
            if (errors.isEmpty()) passed.put(name, "");
            else rejected.put(name, errors.iterator().next().getMessage());
        }
        assertEquals(new TreeSet<>(NOT_YAML), unreadable, "unreadable corpus files");
        assertEquals(new TreeSet<>(PASS_SCHEMA), passed.keySet(), "corpus files the schema accepts; rejected: " + rejected);
        assertTrue(rejected.size() >= 25, rejected.toString());
        assertTrue(rejected.get("unknown_top_level_key.yaml").contains("simulaton"), rejected.toString());
    }

    @Test
    void dottedKeysAreAcceptedByBothLoaderAndSchema(@TempDir Path dir) throws Exception {
        String text = "simulation.days: 12\ndisease:\n  antigens.CD19.cv: 0.4\n  antigens:\n    CD22:\npatient:\n";
        Path f = dir.resolve("dotted.yaml");
        Files.writeString(f, text);
        assertEquals(12.0, ScenarioLoader.load(f, List.of(), CartSchema.get()).get("simulation.days"));
        assertTrue(schema(SchemaCommand.Kind.scenario).validate(YAML.readTree(text)).isEmpty());
        // the same keys with a typo or a bad value fail both
        assertFalse(schema(SchemaCommand.Kind.scenario).validate(YAML.readTree("simulation.dayz: 12\n")).isEmpty());
        assertFalse(schema(SchemaCommand.Kind.scenario).validate(YAML.readTree("disease:\n  antigens.CD19.cv: -1\n")).isEmpty());
    }

    @Test
    void sweepAndTrialSchemasRejectTheirTypicalMistakes() throws IOException {
        JsonSchema sweep = schema(SchemaCommand.Kind.sweep);
        String ok = Files.readString(Path.of("sweeps/lhs-sensitivity.yaml"));
        assertTrue(sweep.validate(YAML.readTree(ok)).isEmpty());
        for (String bad : List.of(
                ok.replace("samples: 60\n", ""),                                   // lhs needs samples
                ok.replace("design: lhs", "design: grid"),                          // samples only with lhs
                ok.replace("design: lhs", "design: random"),                        // enum
                ok.replace("replicates: 1", "replicates: 0"),                       // range
                ok.replace("seed: 1003", "seeds: 1003"),                            // unknown key
                ok.replace("scale: log}", "scale: log, step: 2}"),                  // unknown range key
                ok.replace("cart.division_time_h: {from: 12, to: 36}", "cart.divison_time_h: {from: 12, to: 36}"),
                ok.replace("{from: 0.2, to: 0.9}", "{from: 0.2, to: 1.5}"))) {     // beyond the parameter's range
            assertFalse(sweep.validate(YAML.readTree(bad)).isEmpty(), bad);
        }
        JsonSchema trial = schema(SchemaCommand.Kind.trial);
        String t = Files.readString(Path.of("trials/eliana.yaml"));
        assertTrue(trial.validate(YAML.readTree(t)).isEmpty());
        for (String bad : List.of(
                t.replace("{dist: lognormal, median: 40, cv: 0.5}", "{dist: lognormal, median: 40}"),
                t.replace("{dist: lognormal, median: 40, cv: 0.5}", "{dist: lognormal, median: 40, cv: 0.5, sd: 3}"),
                t.replace("{dist: lognormal, median: 40, cv: 0.5}", "{dist: gamma, median: 40, cv: 0.5}"),
                t.replace("{dist: lognormal, median: 40, cv: 0.5}", "{dist: lognormal, median: 400, cv: 0.5}"),
                t.replace("manufacturing_failure: 0.08", "manufacturing_failure: 1.08"),
                t.replace("orr_infused: 0.81", "orr_infuzed: 0.81"),
                t.replace("crs: penn", "crs: ctcae"),                                 // grading scale enum
                t.replace("grading: {crs: penn", "grading: {cytokines: penn"),        // unknown grading key
                t.replace("\nset:\n", "\nset:\n  treatment.tocilizumab.min_crs_grade: 7\n"),  // beyond the range, in set:
                t.replace("patients: 92", "patients: many"))) {
            assertFalse(trial.validate(YAML.readTree(bad)).isEmpty(), bad);
        }
    }

    /** the bad sweep and trial files of BadStudyFilesTest: rejected by the schema unless marked "loader" */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "sweep | schema | replicats: 2\\nvary:\\n  product.costim: [CD28]",
            "sweep | schema | replicates: many\\nvary:\\n  product.costim: [CD28]",
            "sweep | schema | vary:\\n  product.dose_per_kg: [1e6]",
            "sweep | schema | vary:\\n  product.memory_fraction: [0.2, 1.5]",
            "sweep | schema | vary:\\n  product.costim: [CD28, OX41]",
            "sweep | schema | vary:\\n  product.dose_cells_per_kg: {from: 1e5, to: 1e7, points: 1}",
            "sweep | loader | vary:\\n  cart.chemotaxis_bias: {from: 0, to: 1, points: 3, scale: log}",
            "sweep | schema | design: sobol\\nvary:\\n  product.costim: [CD28]",
            "sweep | loader | design: lhs\\nsamples: 4\\nvary:\\n  product.costim: [CD28]",
            "sweep | schema | replicates: 2",
            "sweep | accept | vary:\\n  product.costim: [CD28]",
            "trial | schema | enrollment: {manufacturing_failure: 0.1}",
            "trial | schema | days: soon",
            "trial | schema | variability:\\n  patient.wieght_kg: {dist: uniform, min: 20, max: 60}",
            "trial | schema | variability:\\n  patient.weight_kg: {dist: uniform, min: 1, max: 60}",
            "trial | schema | variability:\\n  patient.weight_kg: {dist: gamma, shape: 2}",
            "trial | schema | variability:\\n  patient.weight_kg: {dist: lognormal, median: 40, sd: 3}",
            "trial | loader | variability:\\n  product.costim: {dist: categorical, values: [CD28, 4-1BB], weights: [1]}",
            "trial | schema | variability:\\n  product.costim: {dist: uniform, min: 0, max: 1}",
            "trial | schema | enrolment: {manufacturing_failure: 1.5}",
            "trial | schema | published: {orr: 0.8}",
            "trial | accept | variability:\\n  product.costim: {dist: categorical, values: [CD28, 4-1BB], weights: [1, 2]}",
    })
    void badStudyFilesOfTheLoaderTests(String kind, String verdict, String body) throws IOException {
        String head = kind.equals("sweep") ? "name: bad\nbase: tiny.yaml\nseed: 1\n" : "name: bad\nscenario: tiny.yaml\npatients: 3\nseed: 1\n";
        JsonNode tree = YAML.readTree(head + body.replace("\\n", "\n") + "\n");
        Set<ValidationMessage> errors = schema(SchemaCommand.Kind.valueOf(kind)).validate(tree);
        // "loader": a fault across values (log range from 0, weights per value, lists in lhs) only the loader sees
        assertEquals(verdict.equals("schema"), !errors.isEmpty(), errors.toString());
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
