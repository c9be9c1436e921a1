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
 * classroom presets. The preset list is rebuilt each time the menu opens, so files added to
 * scenarios/ while the GUI runs show up.
 */
final class ScenarioMenu extends JMenu {
    private final Component parent;
    private final Consumer<Scenario> onLoad;

    ScenarioMenu(Component parent, Consumer<Scenario> onLoad) {
        super("Scenarios");
        this.parent = parent;
        this.onLoad = onLoad;
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
