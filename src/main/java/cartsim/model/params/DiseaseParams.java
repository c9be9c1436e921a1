package cartsim.model.params;

import java.util.Map;

import cartsim.model.params.P.Choice;
import cartsim.model.params.P.Real;

/** The disease: tumor growth, PD-L1, antigen detection, and per-antigen expression. */
public record DiseaseParams(
        @Choice(value = "B-ALL", source = "-", doc = "disease label used in reports (numbers come from the keys below)") DiseaseType type,
        @Choice(value = "diffuse", source = "reasoned: leukemia infiltrates marrow diffusely; lymphoma forms masses", doc = "initial tumor layout") SpatialPattern spatial_pattern,
        @Real(value = 1500, min = 150, max = 60000, unit = "µm", source = "reasoned: a fixed mass unit, so that a bigger tile holds more nodules of the same size and the mass's surface-to-volume ratio (how fast CAR-T reach its core) does not change with the tile; 1.5 mm is the default tile's side (docs/model.md §1.2)", doc = "side of the square of tissue that holds one lymphoma nodule (nodular layout): the tile is divided into round(side_of_tile / this) squares per axis, each with a central nodule holding the occupancy share") double nodule_spacing_um,
        @Real(value = 158, min = 4, max = 100000, unit = "h", source = "S19: B-ALL birth 10–11 %/d", doc = "cell-cycle doubling time of tumor cells with free space (birth rate ln2/T)") double doubling_time_h,
        @Real(value = 0.04, min = 0, max = 10, unit = "1/d", source = "S19: B-ALL apoptosis ~4 %/d", doc = "spontaneous tumor apoptosis") double apoptosis_rate_per_day,
        @Real(value = 3600, min = 0, max = 1000000, unit = "molecules/cell", source = "S12", doc = "mean PD-L1 per tumor cell (log-normal)") double pdl1_mean_molecules_per_cell,
        @Real(value = 0.5, min = 0, max = 5, unit = "-", source = "reasoned", doc = "coefficient of variation of PD-L1") double pdl1_cv,
        @Real(value = 2, min = 1, max = 50, unit = "fold", source = "reasoned: adaptive PD-L1 up-regulation by IFN-γ", doc = "PD-L1 fold increase at saturating local IFN-γ") double pdl1_ifng_induction_fold,
        @Real(value = 200, min = 0, max = 100000, unit = "molecules/cell", source = "reasoned: flow-cytometry detection limit", doc = "below this a cell is antigen-negative") double antigen_detection_limit_molecules,
        @Real(value = 0, min = 0, max = 1, unit = "1/division", source = "S48: 7.2% of CD19 relapses are lineage switch; rate not retrieved", doc = "probability that a daughter switches lineage (loses CD19 and CD22)") double lineage_switch_per_division,
        Map<Target, AntigenParams> antigens) {
}
