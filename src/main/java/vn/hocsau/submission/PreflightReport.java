package vn.hocsau.submission;

import java.util.List;

/**
 * What the check before queueing found, shown before the learner submits.
 *
 * @param layers the network's layers, for a config; empty for Java
 * @param input the shape the first layer reads, e.g. {@code 1×28×28}
 * @param parameters all parameters, formatted
 * @param memoryMb the least memory one training step needs, in MB
 * @param budgetMb the memory the lab gives the network, in MB
 * @param epochs the epochs that will run (the lab's cap applied)
 * @param askedEpochs the epochs the config asks for, when the lab caps them; else null
 * @param javaClass the public class of a Java source; else null
 */
public record PreflightReport(
    List<Row> layers,
    String input,
    String parameters,
    long memoryMb,
    long budgetMb,
    int epochs,
    Integer askedEpochs,
    String javaClass) {

  /** One layer: position, type, whether the parser added it, output shape and parameters. */
  public record Row(int index, String type, boolean added, String output, String parameters) {}

  public boolean network() {
    return javaClass == null;
  }
}
