package org.corroborate.benchmarks.truth;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;
import org.corroborate.benchmarks.news.ExtractionBenchmark;

/**
 * Compares one algorithm's run in two builds inside one JVM: the benchmark jars of both ({@code
 * benchmarks/target/benchmarks.jar} of each checkout) are loaded in class loaders of their own,
 * each sets up {@link AlgorithmIterationBenchmark} with the same parameters, and the two runs are
 * called in turn, their order swapped every call, so that the load of a shared machine falls on
 * both alike. One JVM after another varied by 20 % on the shared machine; alternated calls show
 * differences of a few per cent. With {@code --extraction} the two builds' claim extraction is
 * compared the same way instead ({@link ExtractionBenchmark}'s
 * call on the first {@code --documents} FNC-1 bodies), and with {@code --builder ORDER} the two
 * builds' {@link BuilderBenchmark} ({@code --observations} observations added one by one, in
 * {@code ORDER}: {@code sources} or {@code items}).
 *
 * <p>Each call is timed by the CPU time of the calling thread on one thread ({@code threads = 1},
 * what other processes do not inflate) and by wall time otherwise. Prints each call's two times
 * and their ratio (after / before), then, over the calls after the first third (the warm-up), the
 * best time of each and the median ratio.
 *
 * <pre>
 * java -Xms4g -Xmx12g -cp benchmarks/target/benchmarks.jar \
 *     org.corroborate.benchmarks.truth.AlternatingRuns \
 *     --algorithm catd --observations 10000000 --rounds 8 --threads 2 --calls 12 \
 *     /tmp/before/benchmarks.jar /tmp/after/benchmarks.jar
 * java -XX:+UseSerialGC -Xms3g -Xmx3g -Xmn2g -XX:+AlwaysPreTouch \
 *     -cp benchmarks/target/benchmarks.jar \
 *     org.corroborate.benchmarks.truth.AlternatingRuns --extraction --calls 21 \
 *     /tmp/before/benchmarks.jar /tmp/after/benchmarks.jar
 * java -XX:+UseSerialGC -Xms12g -Xmx12g -Xmn6g -XX:+AlwaysPreTouch \
 *     -cp benchmarks/target/benchmarks.jar \
 *     org.corroborate.benchmarks.truth.AlternatingRuns --builder sources \
 *     --observations 10000000 --calls 12 /tmp/before/benchmarks.jar /tmp/after/benchmarks.jar
 * </pre>
 *
 * <p>Extraction allocates hundreds of megabytes per call, and G1's collections then vary a call's
 * CPU time by a factor of two. The serial collector collects on its own thread, outside the
 * calling thread's time, and a 2 GB young generation about once in six calls. The heap's pages
 * are touched before the first call ({@code AlwaysPreTouch}): a call that allocates into memory
 * the process has not touched yet pays the kernel's zeroing of each new page in its own CPU time
 * (an eighth of a call on the machine of benchmarks/README.md), and an 8 GB young generation
 * without it gave every call of a 21-round run fresh memory.
 */
public final class AlternatingRuns {
  private AlternatingRuns() {}

  /** One build's benchmark, set up and ready to call. */
  private static final class Build {
    final Object benchmark;
    final Method iteration;

    /**
     * The benchmark class {@code type} of the jar, its public fields set from {@code fields}
     * (name, then value: a string or an int), set up, and its method {@code call}.
     */
    Build(String jar, String type, String call, Object... fields)
        throws ReflectiveOperationException, MalformedURLException {
      File file = new File(jar);
      if (!file.isFile()) {
        throw new IllegalArgumentException("no benchmark jar at " + jar);
      }
      // the platform loader as parent: neither build sees this jar's classes or the other's
      URLClassLoader loader = new URLClassLoader(new URL[] {file.toURI().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> benchmarkType = loader.loadClass(type);
      benchmark = benchmarkType.getConstructor().newInstance();
      for (int f = 0; f < fields.length; f += 2) {
        benchmarkType.getField((String) fields[f]).set(benchmark, fields[f + 1]);
      }
      benchmarkType.getMethod("setUp").invoke(benchmark);
      iteration = benchmarkType.getMethod(call);
    }
  }

  public static void main(String[] args) throws Exception {
    String algorithm = null;
    int observations = 10_000_000;
    int rounds = 1;
    int threads = 1;
    int calls = 12;
    boolean extraction = false;
    String builderOrder = null;
    int documents = 1683;
    String[] jars = new String[2];
    int jarCount = 0;
    for (int k = 0; k < args.length; k++) {
      String arg = args[k];
      if (!arg.startsWith("--")) {
        if (jarCount == 2) {
          throw new IllegalArgumentException("two jars expected, a third was given: " + arg);
        }
        jars[jarCount++] = arg;
        continue;
      }
      if (arg.equals("--extraction")) {
        extraction = true;
        continue;
      }
      if (k + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + arg);
      }
      String value = args[++k];
      switch (arg) {
        case "--algorithm" -> algorithm = value;
        case "--observations" -> observations = positive(arg, value);
        case "--rounds" -> rounds = positive(arg, value);
        case "--threads" -> threads = positive(arg, value);
        case "--calls" -> calls = positive(arg, value);
        case "--documents" -> documents = positive(arg, value);
        case "--builder" -> builderOrder = value;
        default -> throw new IllegalArgumentException("unknown option " + arg
            + "; known: --algorithm --observations --rounds --threads --calls --extraction"
            + " --documents --builder");
      }
    }
    int modes = (algorithm != null ? 1 : 0) + (extraction ? 1 : 0)
        + (builderOrder != null ? 1 : 0);
    if (modes != 1 || jarCount != 2) {
      throw new IllegalArgumentException(
          "usage: AlternatingRuns (--algorithm NAME [--observations N] [--rounds N] |"
              + " --extraction [--documents N] | --builder sources|items [--observations N])"
              + " [--threads N] [--calls N] BEFORE.jar AFTER.jar");
    }
    Build[] builds = new Build[2];
    for (int b = 0; b < 2; b++) {
      if (extraction) {
        builds[b] = new Build(jars[b], ExtractionBenchmark.class.getName(), "extract",
            "documents", documents, "threads", threads);
      } else if (builderOrder != null) {
        builds[b] = new Build(jars[b], BuilderBenchmark.class.getName(), "build",
            "observations", observations, "order", builderOrder);
      } else {
        builds[b] = new Build(jars[b], AlgorithmIterationBenchmark.class.getName(), "iteration",
            "algorithm", algorithm, "observations", observations, "rounds", rounds,
            "threads", threads);
      }
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double[][] millis = new double[calls][2];
    if (extraction) {
      System.out.printf(Locale.ROOT, "extraction, %d documents, %d threads; %s ms%n",
          documents, threads, threads == 1 ? "CPU" : "wall");
    } else if (builderOrder != null) {
      System.out.printf(Locale.ROOT, "builder, %d observations in %s order; %s ms%n",
          observations, builderOrder, threads == 1 ? "CPU" : "wall");
    } else {
      System.out.printf(Locale.ROOT, "%s, %d observations, %d rounds, %d threads; %s ms%n",
          algorithm, observations, rounds, threads, threads == 1 ? "CPU" : "wall");
    }
    System.out.println("call\tbefore\tafter\tratio");
    for (int call = 0; call < calls; call++) {
      for (int turn = 0; turn < 2; turn++) {
        int b = call % 2 == 0 ? turn : 1 - turn; // the first to run alternates
        long wall = System.nanoTime();
        long cpu = bean.getCurrentThreadCpuTime();
        run(builds[b]);
        long spent = threads == 1 ? bean.getCurrentThreadCpuTime() - cpu : System.nanoTime() - wall;
        millis[call][b] = spent / 1e6;
      }
      System.out.printf(Locale.ROOT, "%d\t%.1f\t%.1f\t%.3f%n", call + 1, millis[call][0],
          millis[call][1], millis[call][1] / millis[call][0]);
    }
    // the calls after the first third (the warm-up): each build's best call, the median ratio
    int first = calls / 3;
    double bestBefore = Double.POSITIVE_INFINITY;
    double bestAfter = Double.POSITIVE_INFINITY;
    double[] ratios = new double[calls - first];
    for (int call = first; call < calls; call++) {
      bestBefore = Math.min(bestBefore, millis[call][0]);
      bestAfter = Math.min(bestAfter, millis[call][1]);
      ratios[call - first] = millis[call][1] / millis[call][0];
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "best of calls %d to %d: %.1f ms before, %.1f ms after;"
        + " median ratio %.3f%n", first + 1, calls, bestBefore, bestAfter,
        ratios[ratios.length / 2]);
  }

  private static void run(Build build) throws IllegalAccessException {
    try {
      build.iteration.invoke(build.benchmark);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the run failed", e.getCause());
    }
  }

  private static int positive(String option, String value) {
    int n = Integer.parseInt(value);
    if (n < 1) {
      throw new IllegalArgumentException(option + " must be at least 1, was " + value);
    }
    return n;
  }
}
