package vn.hocsau.trainer.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseUpsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.Upsampling3D;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;

/**
 * DL4J's own memory estimate of a network ({@code Layer.getMemoryReport}, the figures behind {@code
 * MultiLayerConfiguration.getMemoryReport}), computed from the configuration alone, so nothing is
 * allocated.
 *
 * <p>The per-layer figures are DL4J's, but they are summed here rather than by {@code
 * NetworkMemoryReport.getTotalMemoryBytes}, for three reasons found by trying it: that report keeps
 * one entry per layer <em>name</em>, so layers a learner gives the same name are counted once; it
 * multiplies in {@code long}, so an {@code Upsampling2D} of size 2·10^9 comes out negative; and it
 * leaves the per-example inference working memory unmultiplied by the batch. Here sizes are
 * multiplied in {@code double} (a negative figure from DL4J's own arithmetic counts as infinite).
 *
 * <p>Training, as in DL4J: every layer's parameters, gradients, updater state, activations and
 * activation gradients, plus the largest single layer's working memory (released after each layer).
 * Inference: the parameters plus the largest layer's input, output and working memory (see {@link
 * #passing}). Upsampling layers report an im2col buffer they never allocate; it is left out.
 *
 * <p>A layer DL4J cannot estimate ({@code SimpleRnn} and {@code Cropping2D} return no report,
 * SameDiff layers an empty one) still counts its activations and parameters; it is named in {@link
 * #unestimated()} so the trainer can say so.
 */
public final class NetworkMemory {

  /** The memory one phase needs, and the layer that needs the most of it. */
  public record Need(double bytes, int largestLayer, String largestType, double largestBytes) {}

  private final List<Part> parts;
  private final CacheMode cacheMode;
  private final double width;

  private NetworkMemory(List<Part> parts, CacheMode cacheMode, double width) {
    this.parts = parts;
    this.cacheMode = cacheMode;
    this.width = width;
  }

  /**
   * Walks {@code conf} from {@code input} through its preprocessors and layers, as DL4J's own
   * report does. Throws DL4J's {@link RuntimeException} when an input type cannot pass a layer (the
   * network does not fit the input; the trainer's forward check reports that better).
   */
  public static NetworkMemory of(MultiLayerConfiguration conf, InputType input) {
    List<Part> parts = new ArrayList<>();
    InputType type = input;
    for (int i = 0; i < conf.getConfs().size(); i++) {
      InputPreProcessor pre = conf.getInputPreProcess(i);
      if (pre != null) {
        type = pre.getOutputType(type);
      }
      Layer layer = conf.getConf(i).getLayer();
      InputType out = layer.getOutputType(i, type);
      LayerMemoryReport report = report(layer, type, conf.getCacheMode());
      double params = report != null ? 0 : layer.initializer().numParams(conf.getConf(i));
      parts.add(
          new Part(
              FusedLayers.dl4jName(layer),
              report,
              elements(type),
              elements(out),
              params,
              layer instanceof BaseUpsamplingLayer || layer instanceof Upsampling3D));
      type = out;
    }
    CacheMode cacheMode = conf.getCacheMode() == null ? CacheMode.NONE : conf.getCacheMode();
    return new NetworkMemory(parts, cacheMode, conf.getDataType().width());
  }

  /** Layers DL4J has no estimate for, as {@code "layer 2 (SimpleRnn)"}. */
  public List<String> unestimated() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).report() == null) {
        names.add("layer " + (i + 1) + " (" + parts.get(i).type() + ")");
      }
    }
    return names;
  }

  /** Bytes for one training step ({@code training}) or one forward pass, on {@code batch}. */
  public Need need(boolean training, int batch) {
    double total = 0;
    double peak = 0;
    int largest = 0;
    double largestBytes = -1;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      double kept = training ? keptTraining(part, batch) : parameters(part);
      double during = training ? working(part, true, batch) : passing(part, batch);
      total += kept;
      peak = Math.max(peak, during);
      if (kept + during > largestBytes) {
        largest = i;
        largestBytes = kept + during;
      }
    }
    return new Need(
        (total + peak) * width, largest + 1, parts.get(largest).type(), largestBytes * width);
  }

  /** Bytes of the gradients and updater state a trained network keeps while it predicts. */
  public double trainingState() {
    double elements = 0;
    for (Part part : parts) {
      LayerMemoryReport r = part.report();
      elements +=
          r == null ? part.params() : count(r.getParameterSize()) + count(r.getUpdaterStateSize());
    }
    return elements * width;
  }

  private static double parameters(Part part) {
    return part.report() == null ? part.params() : count(part.report().getParameterSize());
  }

  /**
   * What training keeps through the whole step, as DL4J counts it: parameters, their gradients,
   * updater state, every layer's activations and activation gradients, and caches.
   */
  private double keptTraining(Part part, int batch) {
    LayerMemoryReport r = part.report();
    double activations = batch * (part.out() + part.in());
    if (r == null) {
      return activations + 2 * part.params();
    }
    return 2 * count(r.getParameterSize())
        + count(r.getUpdaterStateSize())
        + activations
        + count(r.getCacheModeMemFixed().get(cacheMode))
        + batch * count(r.getCacheModeMemVariablePerEx().get(cacheMode));
  }

  /**
   * A forward pass for predictions holds one layer's input and output at a time (DL4J's inference
   * workspaces alternate between two), plus that layer's working memory. DL4J's report sums every
   * layer's activations instead, which would refuse honest deep networks at 512 examples a batch.
   */
  private double passing(Part part, int batch) {
    return batch * (part.in() + part.out()) + working(part, false, batch);
  }

  /** Elements a layer needs only while it runs. */
  private double working(Part part, boolean training, int batch) {
    LayerMemoryReport r = part.report();
    if (r == null || part.upsampling()) {
      // Upsampling layers report an im2col buffer of size^2 times their output that they never
      // make (size 400 would count 160,000 outputs per example); the op writes only its output.
      return 0;
    }
    if (training) {
      return count(r.getWorkingMemoryFixedTrain().get(cacheMode))
          + batch * count(r.getWorkingMemoryVariableTrain().get(cacheMode));
    }
    return count(r.getWorkingMemoryFixedInference())
        + batch * count(r.getWorkingMemoryVariableInference());
  }

  /**
   * DL4J's report on {@code layer}, if it has every figure the sums read for the network's cache
   * mode; else null (some layers return none, an empty one, or throw).
   */
  private static LayerMemoryReport report(Layer layer, InputType input, CacheMode cacheMode) {
    CacheMode mode = cacheMode == null ? CacheMode.NONE : cacheMode;
    LayerMemoryReport r;
    try {
      r = layer.getMemoryReport(input);
    } catch (RuntimeException e) {
      return null;
    }
    if (r == null
        || r.getInputType() == null
        || r.getOutputType() == null
        || !has(r.getWorkingMemoryFixedTrain(), mode)
        || !has(r.getWorkingMemoryVariableTrain(), mode)
        || !has(r.getCacheModeMemFixed(), mode)
        || !has(r.getCacheModeMemVariablePerEx(), mode)) {
      return null;
    }
    return r;
  }

  private static boolean has(Map<CacheMode, Long> figures, CacheMode mode) {
    return figures != null && figures.get(mode) != null;
  }

  /**
   * Elements per example of {@code type}, from its dimensions in floating point: DL4J's own {@code
   * arrayElementsPerExample} wraps around for huge shapes. A dimension that DL4J's arithmetic made
   * negative counts as infinite; an unknown one (a sequence of unset length) as 1.
   */
  private static double elements(InputType type) {
    double product = 1;
    for (long dim : type.getShape(false)) {
      if (dim < -1) {
        return Double.POSITIVE_INFINITY;
      }
      product *= Math.max(1, dim);
    }
    return product;
  }

  /** A figure from DL4J; a negative one came from overflowing {@code long} arithmetic. */
  private static double count(Long figure) {
    return figure < 0 ? Double.POSITIVE_INFINITY : figure;
  }

  /**
   * One layer: its DL4J report (null if DL4J has none), elements per example in and out, its
   * parameter count when there is no report, and whether it is an upsampling layer.
   */
  private record Part(
      String type,
      LayerMemoryReport report,
      double in,
      double out,
      double params,
      boolean upsampling) {}
}
