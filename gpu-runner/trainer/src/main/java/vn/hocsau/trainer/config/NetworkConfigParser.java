package vn.hocsau.trainer.config;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;
import vn.hocsau.dsl.DslError;
import vn.hocsau.dsl.LayerSpec;
import vn.hocsau.dsl.NetworkSpec;
import vn.hocsau.dsl.NetworkSpecParser;
import vn.hocsau.dsl.Shape;
import vn.hocsau.trainer.TrainerException;

/**
 * Builds the DL4J configuration of a network config. The reading and checking is the shared network
 * DSL's ({@link NetworkSpecParser}, the same rules the platform checks a config with when it is
 * submitted); this class only maps the checked {@link NetworkSpec} to DL4J. Every problem is a
 * {@code CONFIG_ERROR} found before training starts, carrying the DSL's code and arguments.
 */
public final class NetworkConfigParser {

  private final NetworkSpecParser spec;
  private final boolean fused;

  /**
   * A parser that builds dense and softmax output layers on the trainer's fused implementations.
   *
   * @param task {@code classification} or {@code regression}
   * @param numClasses classes (1 for regression)
   * @param inputShape {@code [c, h, w]} or {@code [features]}
   */
  public NetworkConfigParser(String task, int numClasses, int[] inputShape) {
    this(task, numClasses, inputShape, true);
  }

  /**
   * @param fused false for DL4J's stock layers throughout (the benchmark's and tests' reference)
   */
  public NetworkConfigParser(String task, int numClasses, int[] inputShape, boolean fused) {
    this.spec = new NetworkSpecParser(task, numClasses, inputShape);
    this.fused = fused;
  }

  /** Reads, checks and builds {@code text} (YAML, or JSON, which is YAML too). */
  public NetworkPlan parse(String text) {
    NetworkSpec network;
    try {
      network = spec.parse(text);
    } catch (DslError e) {
      throw TrainerException.config(e);
    }
    NeuralNetConfiguration.ListBuilder list =
        new NeuralNetConfiguration.Builder()
            .seed(network.seed())
            .updater(updater(network.optimizer()))
            .l2(network.l2())
            .cacheMode(CacheMode.DEVICE)
            .list();
    boolean first = true;
    for (LayerSpec layer : network.layers()) {
      list.layer(LayerFactory.build(layer, first, fused));
      first = false;
    }
    try {
      MultiLayerConfiguration conf = list.setInputType(inputType(network.input())).build();
      FusedLayers.fixFirstLayerInput(conf);
      FusedLayers.linkReluConvolutionAndPooling(conf);
      NetworkSize.check(conf);
      return new NetworkPlan(conf, network.epochs(), network.batchSize(), network.seed());
    } catch (TrainerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw TrainerException.config("the network is not valid: " + e.getMessage());
    }
  }

  private static InputType inputType(Shape shape) {
    return switch (shape.kind()) {
      case IMAGE -> InputType.convolutional(shape.height(), shape.width(), shape.channels());
      case FLAT -> InputType.feedForward(shape.size());
      case SEQUENCE -> InputType.recurrent(shape.size(), shape.height());
    };
  }

  private static IUpdater updater(NetworkSpec.Optimizer o) {
    ISchedule schedule = schedule(o.schedule(), o.lr());
    return switch (o.type()) {
      case "sgd" -> schedule == null ? new Sgd(o.lr()) : new Sgd(schedule);
      case "momentum" ->
          schedule == null
              ? new Nesterovs(o.lr(), o.momentum())
              : new Nesterovs(schedule, o.momentum());
      default -> schedule == null ? new Adam(o.lr()) : new Adam(schedule);
    };
  }

  private static ISchedule schedule(NetworkSpec.Schedule s, double lr) {
    if (s == null) {
      return null;
    }
    return s.type().equals("step")
        ? new StepSchedule(ScheduleType.EPOCH, lr, s.factor(), s.every())
        : new ExponentialSchedule(ScheduleType.EPOCH, lr, s.gamma());
  }
}
