package vn.hocsau.trainer;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import vn.hocsau.trainer.layers.FirstConvolution;

/**
 * Puts DL4J's oneDNN helpers on convolution layers. DL4J 1.0.0-M2.1 ships the helpers but never
 * switches them on: helper creation is disabled by a system property, and the helpers' own check
 * looks for {@code org.nd4j.nativeblas.Nd4jCpu$Environment}, a class that has since moved. Without
 * them, convolutions run through im2col and a GEMM, about ten times slower on a single core. The
 * helpers call oneDNN kernels that exist only in the oneDNN builds of nd4j-native, so they are
 * installed only when such a build is loaded, for float networks. Pooling layers are the exception:
 * in those builds libnd4j sends pooling to oneDNN by itself, which is slower than its plain kernel,
 * so they are swapped for a {@link PlainPoolingLayer}.
 *
 * <p>Install after {@code init()} and again after any load or clone: both build fresh layers.
 */
public final class OneDnnHelpers {

  /** What {@code helpers} reports: {@code onednn} or {@code none}, with a reason when none. */
  public record Status(int installed, String reason) {
    public String label() {
      return installed > 0 ? "onednn" : "none";
    }
  }

  private OneDnnHelpers() {}

  /** True when the loaded ND4J native library is a oneDNN build on the CPU backend. */
  public static boolean available() {
    if (!"CPU".equalsIgnoreCase(backend())) {
      return false;
    }
    for (String path : Loader.getLoadedLibraries().values()) {
      if (path != null && path.contains("libnd4jcpu") && path.contains("onednn")) {
        return true;
      }
    }
    return false;
  }

  public static String backend() {
    return Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend", "unknown");
  }

  /**
   * Installs helpers on every plain 2-D convolution layer of {@code net} and swaps each 2-D pooling
   * layer for a {@link PlainPoolingLayer}.
   */
  public static Status install(MultiLayerNetwork net) {
    if (!available()) {
      return new Status(0, "not a oneDNN build of ND4J");
    }
    if (!Boolean.parseBoolean(System.getProperty("hocsau.onednn", "true"))) {
      return new Status(0, "switched off with -Dhocsau.onednn=false");
    }
    DataType type = net.getLayerWiseConfigurations().getDataType();
    if (type != DataType.FLOAT) {
      return new Status(0, "the helpers support float networks, this one is " + type);
    }
    int installed = 0;
    Layer[] layers = net.getLayers();
    for (int i = 0; i < layers.length; i++) {
      Layer layer = layers[i];
      if (plainConvolution(layer)) {
        setHelper(layer, ConvolutionLayer.class, new MKLDNNConvHelper(DataType.FLOAT));
        installed++;
      } else if (layer.getClass() == SubsamplingLayer.class) {
        // Pooling is faster on libnd4j's plain kernels than on oneDNN: see PlainPoolingLayer.
        replace(net, i, new PlainPoolingLayer((SubsamplingLayer) layer));
        installed++;
      }
    }
    return new Status(installed, installed > 0 ? null : "no float convolution or pooling layer");
  }

  /**
   * Puts {@code replacement} at {@code index}: {@code getLayers()} is the network's own array, and
   * the by-name map must point at the same layer.
   */
  private static void replace(MultiLayerNetwork net, int index, Layer replacement) {
    Layer[] layers = net.getLayers();
    Layer original = layers[index];
    layers[index] = replacement;
    Object byName = read(net, MultiLayerNetwork.class, "layerMap");
    if (byName instanceof java.util.Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      java.util.Map<String, Layer> named = (java.util.Map<String, Layer>) map;
      named.replaceAll((name, layer) -> layer == original ? replacement : layer);
    }
  }

  /**
   * After training: the layers whose helper DL4J dropped or never called (a helper that fails is
   * counted and bypassed). Empty means every installed helper really ran.
   */
  public static List<String> unused(MultiLayerNetwork net) {
    List<String> unused = new ArrayList<>();
    for (Layer layer : net.getLayers()) {
      if (layer instanceof PlainPoolingLayer pooling) {
        if (!pooling.ran(true)) {
          unused.add(layer.getIndex() + ":SubsamplingLayer");
        }
        continue;
      }
      if (!plainConvolution(layer)) {
        continue;
      }
      Object helper = read(layer, ConvolutionLayer.class, "helper");
      Object failures = read(layer, ConvolutionLayer.class, "helperCountFail");
      // The conv helper creates its op context on first use.
      boolean ran = helper != null && read(helper, helper.getClass(), "context") != null;
      if (!ran || (failures instanceof Integer count && count > 0)) {
        unused.add(layer.getIndex() + ":ConvolutionLayer");
      }
    }
    return unused;
  }

  /** DL4J's 2-D convolution, or the trainer's first-layer one, which runs forward as it does. */
  private static boolean plainConvolution(Layer layer) {
    return layer.getClass() == ConvolutionLayer.class || layer.getClass() == FirstConvolution.class;
  }

  private static void setHelper(Layer layer, Class<?> owner, Object helper) {
    try {
      Field field = owner.getDeclaredField("helper");
      field.setAccessible(true);
      field.set(layer, helper);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot install a oneDNN helper on " + owner, e);
    }
  }

  private static Object read(Object target, Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }
}
