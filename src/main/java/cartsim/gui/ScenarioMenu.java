package cartsim.gui;

import cartsim.scenario.Scenario;
import cartsim.scenario.ScenarioException;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The "Scenarios" menu added to the Console: open any scenario file, or pick one of the bundled
 * classroom presets, or a bundled pair to run side by side. The preset list is rebuilt each time the menu opens, so files added to
 * scenarios/ while the GUI runs show up.
 */
final class ScenarioMenu extends JMenu {
    private final Component parent;
    private final Consumer<Scenario> onLoad;
    private final Consumer<List<Scenario>> onCompare;

    ScenarioMenu(Component parent, Consumer<Scenario> onLoad, Consumer<List<Scenario>> onCompare) {
        super("Scenarios");
        this.parent = parent;
        this.onLoad = onLoad;
        this.onCompare = onCompare;
        rebuild();
        addMenuListener(new MenuListener() {
            @Override public void menuSelected(MenuEvent e) { rebuild(); }
            @Override public void menuDeselected(MenuEvent e) {}
            @Override public void menuCanceled(MenuEvent e) {}
        });
    }

    private void rebuild() {
        removeAll();
        JMenuItem open = new JMenuItem("Open scenario file…");
        open.addActionListener(e -> choose());
        add(open);
        addSeparator();
        List<Path> presets = ScenarioFiles.presets(ScenarioFiles.DIR);
        if (presets.isEmpty()) {
            JMenuItem none = new JMenuItem("(no scenarios/*.yaml here)");
            none.setEnabled(false);
            add(none);
        }
        for (Path p : presets) {
            JMenuItem item = new JMenuItem(p.getFileName().toString());
            item.addActionListener(e -> load(p));
            add(item);
        }
        List<ScenarioPairs.Pair> pairs = ScenarioPairs.available(ScenarioFiles.DIR);
        if (!pairs.isEmpty()) {
            addSeparator();
            JMenuItem title = new JMenuItem("Side by side (same patient, same seed):");
            title.setEnabled(false);
            add(title);
        }
        for (ScenarioPairs.Pair pair : pairs) {
            JMenuItem item = new JMenuItem(pair.label() + "  —  " + pair.a() + " vs " + pair.b());
            item.addActionListener(e -> compare(ScenarioFiles.DIR.resolve(pair.a()), ScenarioFiles.DIR.resolve(pair.b())));
            add(item);
        }
    }

    /** loads two files to run side by side; a bad file shows its one-line error and changes nothing */
    void compare(Path a, Path b) {
        try {
            onCompare.accept(List.of(ScenarioFiles.load(a, List.of()), ScenarioFiles.load(b, List.of())));
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Cannot load scenario", JOptionPane.ERROR_MESSAGE);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(parent, a + " / " + b + ": " + e.getMessage(), "Cannot load scenario", JOptionPane.ERROR_MESSAGE);
        }
    }

    private void choose() {
        JFileChooser fc = new JFileChooser(ScenarioFiles.DIR.toFile().isDirectory() ? ScenarioFiles.DIR.toFile() : null);
        fc.setFileFilter(new FileNameExtensionFilter("Scenario (*.yaml, *.yml)", "yaml", "yml"));
        if (fc.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) load(fc.getSelectedFile().toPath());
    }

    /** loads a file; a bad file shows its one-line error and leaves the current scenario running */
    void load(Path file) {
        try {
            onLoad.accept(ScenarioFiles.load(file, List.of()));
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Cannot load scenario", JOptionPane.ERROR_MESSAGE);
        } catch (RuntimeException e) { // a scenario the schema accepts but the model rejects (e.g. unstable diffusion)
            JOptionPane.showMessageDialog(parent, file + ": " + e.getMessage(), "Cannot load scenario", JOptionPane.ERROR_MESSAGE);
        }
    }
}
