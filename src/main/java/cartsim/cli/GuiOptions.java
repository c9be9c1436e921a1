package cartsim.cli;

import cartsim.gui.HeatLayer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters shared by the picture commands. */
final class GuiOptions {
    private GuiOptions() {}

    /** --layer none|il6|ifng */
    static final class LayerConverter implements ITypeConverter<HeatLayer> {
        @Override
        public HeatLayer convert(String value) {
            try {
                return HeatLayer.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
