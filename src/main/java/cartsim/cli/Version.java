package cartsim.cli;

import cartsim.experiment.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version} for every command. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"cartsim " + BuildInfo.version()};
    }
}
