package cartsim.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;


/** A progress bar on an interactive terminal (progressbar library); silent when output is redirected. */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final long max;

    public Progress(String task, long max) {
        this.max = max;
        boolean tty = System.console() != null && System.getenv("CI") == null;
        this.bar = tty ? new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).setMaxRenderedLength(100)
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null;
    }

    public void stepTo(long n) {
        if (bar != null) bar.stepTo(Math.min(n, max));
    }

    public void fraction(double f) {
        stepTo(Math.round(f * max));
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
