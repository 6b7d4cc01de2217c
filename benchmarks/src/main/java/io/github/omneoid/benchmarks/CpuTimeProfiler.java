package io.github.omneoid.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.IterationType;

/**
 * Adds {@code cpu.time.norm}: the fork's process CPU time over a measurement iteration divided by the iteration's
 * operations (all threads' calls, as {@code GCProfiler} divides allocation for {@code gc.alloc.rate.norm}), in
 * microseconds per call. The loopback server is a process of its own, so this is the benchmark JVM's cost per call —
 * the code under test, and the JIT, GC and JMH's own threads, which both sides of a comparison pay alike.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  /** The name of the secondary result. */
  static final String RESULT = "cpu.time.norm";

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuBefore;

  @Override
  public String getDescription() {
    return "Process CPU time per operation (us/op), measurement iterations only";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    cpuBefore = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuBefore;
    long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
    if (iterationParams.getType() != IterationType.MEASUREMENT || ops <= 0 || cpuBefore < 0) {
      return List.of();
    }
    return List.of(new ScalarResult(RESULT, cpu / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
  }
}
