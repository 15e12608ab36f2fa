package vn.hocsau.dsl;

import java.util.List;

/**
 * A network config fully read and checked: the training settings, the optimizer and every layer
 * with its shapes and size. The trainer builds DL4J from it; the platform shows it before a learner
 * submits and checks it against the lab's limits.
 *
 * @param input the shape the first layer reads (an image becomes rows of a sequence before an lstm)
 * @param parameters all layers' parameters
 */
public record NetworkSpec(
    long seed,
    int epochs,
    int batchSize,
    double l2,
    Optimizer optimizer,
    List<LayerSpec> layers,
    Shape input,
    long parameters) {

  /** The optimizer: {@code adam}, {@code sgd} or {@code momentum}, and its learning rate. */
  public record Optimizer(String type, double lr, double momentum, Schedule schedule) {}

  /** A learning-rate schedule by epoch: {@code step} (every, factor) or {@code exponential}. */
  public record Schedule(String type, int every, double factor, double gamma) {}

  /**
   * The least memory, in bytes, one training step on {@code batch} examples takes in 32-bit floats:
   * parameters and their gradients, the optimizer's state, and every layer's input and output. DL4J
   * needs this and more (working memory, caches), so a network over a budget by this count is over
   * it by DL4J's count too.
   */
  public double leastTrainingBytes(int batch) {
    int stateCopies =
        switch (optimizer.type()) {
          case "adam" -> 2;
          case "momentum" -> 1;
          default -> 0;
        };
    double activations = 0;
    for (LayerSpec layer : layers) {
      activations += layer.in().elements() + layer.out().elements();
    }
    return 4.0 * ((2 + stateCopies) * (double) parameters + (double) batch * activations);
  }

  /** Multiply-adds for one example's forward pass, roughly. */
  public double macsPerExample() {
    return layers.stream().mapToDouble(LayerSpec::macs).sum();
  }
}
