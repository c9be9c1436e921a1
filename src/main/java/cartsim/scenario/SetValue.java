package cartsim.scenario;

/** A value set on top of the files (a {@code --set} or a sweep point), not yet converted. */
record SetValue(String path, YamlNode value, Location at) {}
