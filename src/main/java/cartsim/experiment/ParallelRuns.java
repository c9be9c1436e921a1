package cartsim.experiment;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs independent simulation tasks on a fixed pool of worker threads. Each task builds its own
 * model (SimState) and random generator, so results do not depend on which thread ran them or
 * in which order; callers put results in canonical order themselves.
 */
public final class ParallelRuns {
    private ParallelRuns() {}

    /**
     * @param onResult called on the calling thread as each task finishes (progress, journaling
     *                 checks); an exception from it stops the pool like a failed task
     */
    public static <T> void run(List<Callable<T>> tasks, int threads, Consumer<T> onResult)
            throws InterruptedException, java.io.IOException {
        if (tasks.isEmpty()) return;
        // many runs in one JVM: the model's SIMD lanes repay their warm-up (same numbers either way)
        if (tasks.size() > 1) cartsim.model.Simd.enable();
        int n = Math.max(1, Math.min(threads, tasks.size()));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "cartsim-worker");
            t.setDaemon(true); // a Ctrl-C must not wait for queued runs
            return t;
        });
        CompletionService<T> done = new ExecutorCompletionService<>(pool);
        boolean ok = false;
        try {
            for (Callable<T> t : tasks) done.submit(t);
            for (int i = 0; i < tasks.size(); i++) {
                try {
                    onResult.accept(done.take().get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof java.io.IOException io) throw io;
                    if (c instanceof RuntimeException re) throw re;
                    if (c instanceof Error err) throw err;
                    throw new IllegalStateException(c);
                }
            }
            ok = true;
        } finally {
            // queued runs are dropped, but runs under way are not interrupted: they finish and are
            // journaled (an interrupt would close their file channel mid-write and lose the run);
            // waiting also means nothing writes into the folder after this returns
            pool.getQueue().clear();
            pool.shutdown();
            if (!ok) pool.awaitTermination(10, TimeUnit.MINUTES);
        }
    }
}
