package org.corroborate.cli;

import org.corroborate.impl.format.Formats;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.Corroborate;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.ParameterInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corroborate algorithms}: lists every truth-discovery algorithm in name order, with its
 * title, citation, iteration defaults and parameters (default and range).
 */
@Command(
    name = "algorithms",
    mixinStandardHelpOptions = true,
    versionProvider = CorroborateCommand.Version.class,
    description = "Lists the truth-discovery algorithms, their papers and parameters.",
    footer = {
      "",
      "Examples:",
      "  # names, papers and each parameter's default",
      "  corroborate algorithms",
      "",
      "Exit codes: 0 done; 2 bad usage or input (the message names the file,",
      "line and field); 1 an internal error (a bug: please report it)."
    })
final class AlgorithmsCommand implements Callable<Integer> {
  @ParentCommand private CorroborateCommand parent;

  @Override
  public Integer call() throws IOException {
    List<AlgorithmInfo> algorithms = new ArrayList<>(Corroborate.truthDiscovery().algorithms());
    algorithms.sort((a, b) -> a.name().compareTo(b.name()));
    Writer out = new OutputStreamWriter(parent.stdout(), StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder();
    for (AlgorithmInfo a : algorithms) {
      b.append(a.name()).append('\t').append(Formats.field(a.title())).append('\n');
      b.append("  citation: ").append(Formats.field(a.citation())).append('\n');
      b.append("  defaults: max-iterations ")
          .append(a.defaultMaxIterations())
          .append(", tolerance ")
          .append(number(a.defaultTolerance()))
          .append(", uses source priors: ")
          .append(a.usesPriors() ? "yes" : "no")
          .append('\n');
      if (a.parameters().isEmpty()) {
        b.append("  parameters: none\n");
      }
      for (ParameterInfo p : a.parameters()) {
        b.append("  --param ")
            .append(p.name())
            .append('=')
            .append(number(p.defaultValue()))
            .append("  range [")
            .append(number(p.min()))
            .append(", ")
            .append(number(p.max()))
            .append("]  ")
            .append(Formats.field(p.description()))
            .append('\n');
      }
    }
    b.append(algorithms.size()).append(" algorithms\n");
    out.write(b.toString());
    out.flush();
    return CorroborateCommand.OK;
  }

  private static String number(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "infinity" : "-infinity";
    }
    return Formats.compact(value, 12).toPlainString();
  }
}
