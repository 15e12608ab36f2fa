package vn.hocsau.trainer;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Puts DL4J's oneDNN helpers on convolution and pooling layers. DL4J 1.0.0-M2.1 ships the helpers
 * but never switches them on: helper creation is disabled by a system property, and the helpers'
 * own check looks for {@code org.nd4j.nativeblas.Nd4jCpu$Environment}, a class that has since
 * moved. Without them, convolutions run through im2col and a GEMM, about ten times slower on a
 * single core. The helpers call oneDNN kernels that exist only in the oneDNN builds of nd4j-native,
 * so they are installed only when such a build is loaded, for float networks.
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

  /** Installs helpers on every plain 2-D convolution and pooling layer of {@code net}. */
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
    for (Layer layer : net.getLayers()) {
      if (layer.getClass() == ConvolutionLayer.class) {
        setHelper(layer, ConvolutionLayer.class, new MKLDNNConvHelper(DataType.FLOAT));
        installed++;
      } else if (layer.getClass() == SubsamplingLayer.class) {
        setHelper(layer, SubsamplingLayer.class, new MKLDNNSubsamplingHelper(DataType.FLOAT));
        installed++;
      }
    }
    return new Status(installed, installed > 0 ? null : "no float convolution or pooling layer");
  }

  /**
   * After training: the layers whose helper DL4J dropped or never called (a helper that fails is
   * counted and bypassed). Empty means every installed helper really ran.
   */
  public static List<String> unused(MultiLayerNetwork net) {
    List<String> unused = new ArrayList<>();
    for (Layer layer : net.getLayers()) {
      Class<?> owner =
          layer.getClass() == ConvolutionLayer.class
              ? ConvolutionLayer.class
              : layer.getClass() == SubsamplingLayer.class ? SubsamplingLayer.class : null;
      if (owner == null) {
        continue;
      }
      Object helper = read(layer, owner, "helper");
      Object failures = read(layer, owner, "helperCountFail");
      // The conv helper creates its op context on first use. DL4J's pooling layer calls its helper
      // only in backprop, which keeps no such trace, so there the fail count is the evidence.
      boolean ran =
          helper != null
              && (owner == SubsamplingLayer.class
                  || read(helper, helper.getClass(), "context") != null);
      if (!ran || (failures instanceof Integer count && count > 0)) {
        unused.add(layer.getIndex() + ":" + owner.getSimpleName());
      }
    }
    return unused;
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
