package vn.hocsau.trainer.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.NesterovsUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;

/** The native Adam step against libnd4j's {@code adam_updater}, element for element. */
class NativeAdamTest {

  /** An Adam updater over a fresh state view of {@code n} parameters, as DL4J sets one up. */
  private static AdamUpdater adam(Adam config, int n) {
    AdamUpdater updater = new AdamUpdater(config);
    updater.setStateViewArray(Nd4j.zeros(DataType.FLOAT, 1, 2L * n), new long[] {1, n}, 'c', true);
    return updater;
  }

  private static INDArray gradient(int n, int step) {
    Nd4j.getRandom().setSeed(1000 + step);
    return Nd4j.randn(DataType.FLOAT, 1, n).muli(step % 2 == 0 ? 3 : 0.01);
  }

  @Test
  void theBuildMadeTheKernelAndTheTestsLoadIt() {
    // The pom builds the library and points the tests at it (hocsau.kernels); without it every
    // other test here would pass on libnd4j's op and prove nothing.
    assertTrue(
        NativeKernels.loaded(),
        "no " + NativeKernels.LIBRARY + " at " + System.getProperty(NativeKernels.PATH_PROPERTY));
    assertTrue(NativeAdam.available());
  }

  @Test
  void theDistributionKeepsTheLibraryBesideItsJars() {
    Path jar = Path.of("/opt/hocsau/trainer/lib/gpu-trainer-dist.jar");
    assertEquals(
        Path.of("/opt/hocsau/trainer/native/libhocsau_kernels.so"),
        NativeKernels.location(null, jar));
    assertEquals(Path.of("/x/k.so"), NativeKernels.location("/x/k.so", jar));
    // Classes from a folder (an IDE, Maven's target/classes): only a configured path.
    assertNull(NativeKernels.location(null, Path.of("/src/trainer/target/classes")));
    assertNull(NativeKernels.location(" ", null));
    assertNull(NativeKernels.location("off", jar), "switched off");
  }

  @Test
  void stepsMatchLibnd4jsOpWithTheMinibatchDivisionFolded() {
    // 1,003 = 16 lanes × 62 + a tail of 11; the state's V half starts at offset n.
    int n = 1003;
    for (Adam config : new Adam[] {new Adam(1e-3), new Adam(0.05, 0.8, 0.99, 1e-6)}) {
      AdamUpdater stock = adam(config, n);
      AdamUpdater kernel = adam(config, n);
      for (int step = 0; step < 12; step++) {
        INDArray g = gradient(n, step);
        INDArray expected = g.div(32);
        stock.applyUpdater(expected, step, 0);
        INDArray actual = g.dup();
        assertTrue(NativeAdam.takes(kernel, actual));
        NativeAdam.step(kernel, actual, step, 0, 32);
        assertClose(expected, actual, "update at step " + step);
        assertClose(stock.getM(), kernel.getM(), "m at step " + step);
        assertClose(stock.getV(), kernel.getV(), "v at step " + step);
      }
    }
  }

  @Test
  void aNanGradientGivesANanUpdateInItsPlaceOnly() {
    int n = 40;
    AdamUpdater kernel = adam(new Adam(1e-2), n);
    INDArray g = gradient(n, 0);
    g.putScalar(0, 17, Float.NaN);
    g.putScalar(0, 38, Float.NaN); // in the scalar tail of a 16-lane loop
    NativeAdam.step(kernel, g, 0, 0, 1);
    for (int i = 0; i < n; i++) {
      assertEquals(i == 17 || i == 38, Float.isNaN(g.getFloat(0, i)), "element " + i);
    }
  }

  @Test
  void theStepSizeFallsBackToEpsilonAsLibnd4jsDoes() {
    assertEquals(1e-8f, NativeAdam.alphaT(0f, 0.9f, 0.999f, 1e-8f, 0));
    // In float, as libnd4j computes it: 1 - 0.999f is 0.00099998713, not 0.001.
    float expected = (float) (1e-3 * Math.sqrt(1 - (double) 0.999f) / (1 - (double) 0.9f));
    assertEquals(expected, NativeAdam.alphaT(1e-3f, 0.9f, 0.999f, 1e-8f, 0), expected * 1e-6);
    // A zero learning rate, through the whole step: both update by ε·m/(√v + ε).
    int n = 21;
    AdamUpdater stock = adam(new Adam(0), n);
    AdamUpdater kernel = adam(new Adam(0), n);
    INDArray expectedUpdate = gradient(n, 3);
    INDArray actual = expectedUpdate.dup();
    stock.applyUpdater(expectedUpdate, 0, 0);
    NativeAdam.step(kernel, actual, 0, 0, 1);
    assertClose(expectedUpdate, actual, "update with lr 0");
  }

  @Test
  void otherUpdatersAndNonContiguousOrDoubleArraysKeepDl4jsPath() {
    int n = 16;
    INDArray g = gradient(n, 0);
    var nesterovs = new NesterovsUpdater(new Nesterovs(0.1));
    nesterovs.setStateViewArray(Nd4j.zeros(DataType.FLOAT, 1, n), new long[] {1, n}, 'c', true);
    assertFalse(NativeAdam.takes(nesterovs, g));
    AdamUpdater adam = adam(new Adam(1e-3), n);
    assertFalse(NativeAdam.takes(adam, Nd4j.randn(DataType.FLOAT, 4, 2 * n).getColumn(1)));
    assertFalse(NativeAdam.takes(adam, Nd4j.randn(DataType.FLOAT, 1, n - 1)));
    AdamUpdater doubles = new AdamUpdater(new Adam(1e-3));
    doubles.setStateViewArray(Nd4j.zeros(DataType.DOUBLE, 1, 2L * n), new long[] {1, n}, 'c', true);
    assertFalse(NativeAdam.takes(doubles, g.castTo(DataType.DOUBLE)));
    assertTrue(NativeAdam.takes(adam, g));
  }

  private static void assertClose(INDArray expected, INDArray actual, String what) {
    // libnd4j may fuse a multiply and an add where the kernel rounds twice: a few float ulps of the
    // array's scale (relative to one element, a moment that cancels to nearly 0 would differ more).
    double worst = expected.sub(actual).amaxNumber().doubleValue();
    double scale = expected.amaxNumber().doubleValue();
    assertTrue(worst <= 1e-6 * scale, what + ": worst difference " + worst + " of " + scale);
  }
}
