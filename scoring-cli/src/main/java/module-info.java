/**
 * The {@code corroborate} command line: {@code score}, {@code discover}, {@code stance}, {@code
 * verify} and {@code algorithms}. It reaches the library through the API's services like any host; from the
 * implementation it reads only what the implementation exports to it by name (number formats, the
 * corpus file reader, the stance classifier, the verdict model).
 */
@SuppressWarnings("module") // the benchmarks module is built after this one
module org.corroborate.cli {
  requires org.corroborate;
  requires org.corroborate.impl;
  requires info.picocli;
  requires org.apache.commons.csv;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  // the benchmarks time the reader through ObservationFiles
  exports org.corroborate.cli to org.corroborate.benchmarks;

  // picocli sets the annotated option fields of the commands by reflection
  opens org.corroborate.cli to info.picocli;
}
