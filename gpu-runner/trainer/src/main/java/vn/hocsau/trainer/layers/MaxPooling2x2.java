package vn.hocsau.trainer.layers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.bytedeco.javacpp.IntPointer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/**
 * The runtime side of {@link MaxPooling2x2Layer}: 2×2 max pooling with stride 2 that remembers, in
 * a training forward pass, which element of each window won, so that backprop is a scatter of the
 * output gradient to those elements. libnd4j's {@code maxpool2d_bp} searches every window again and
 * was the most expensive op of the DSL's CNN (2.35–2.47 ms for 64×16×24×24 on one core, against 0.5
 * ms for the scatter here).
 *
 * <p>For floats both passes run on the trainer's native kernels ({@link NativeKernels}: the same
 * rule in C, without the copies). Otherwise (doubles, a JVM without the kernels) both passes are
 * plain Java loops over copies of the native buffers, written for the JIT that one-CPU jobs get
 * (C1, which compiles a data-dependent {@code if} to a branch): the window's maximum is found
 * without branches, on integer keys that order like the floats (so a random winner costs no
 * mispredicted branch: 1.2 ms forward against 2.0 ms with branches). Ties go to the first element
 * in row-major order, as in libnd4j; {@code -0.0} ties with {@code 0.0}; a NaN counts as larger
 * than any number (libnd4j's kernel skips it), so a diverged network's NaN is passed on. Other
 * shapes (odd height or width, NHWC) and inference without training take DL4J's own path, on
 * libnd4j's plain kernels (see {@code PlainPoolingLayer}).
 */
public class MaxPooling2x2 extends SubsamplingLayer {

  /** For each output element of the last training forward pass, the flat index of its winner. */
  private int[] winners = new int[0];

  private INDArray winnersInput;
  private long[] winnersShape;

  // Scratch copies of the native buffers, reused from batch to batch (float bits, double bits).
  // The scatter arrays are all zeros between calls.
  private int[] bits = new int[0];
  private int[] pooledBits = new int[0];
  private int[] scatterBits = new int[0];
  private long[] bits64 = new long[0];
  private long[] pooledBits64 = new long[0];
  private long[] scatterBits64 = new long[0];
  private int[] targets = new int[0];

  private long fastForwardCalls;
  private long fastBackwardCalls;

  // The native kernels' winners and pooled values (float bits), kept from forward to backprop; the
  // Java arrays above serve doubles and a JVM without the kernels.
  private IntPointer nativeWinners = new IntPointer(0L);
  private IntPointer nativeKept = new IntPointer(0L);
  private boolean nativeForward;
  private long nativeBackwardCalls;

  public MaxPooling2x2(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
    helper = null;
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    forget();
    assertInputSet(false);
    INDArray x = input.castTo(dataType);
    if (!training || !fits(x)) {
      return PlainKernels.call(() -> super.activate(training, workspaceMgr));
    }
    x = contiguous(x);
    long[] shape = x.shape();
    int planes = Math.toIntExact(shape[0] * shape[1]);
    int height = (int) shape[2];
    int width = (int) shape[3];
    int outputs = planes * (height / 2) * (width / 2);
    INDArray out =
        workspaceMgr.createUninitialized(
            ArrayType.ACTIVATIONS,
            x.dataType(),
            new long[] {shape[0], shape[1], height / 2, width / 2},
            'c');
    nativeForward = NativeKernels.takes(x) && NativeKernels.takes(out);
    if (!nativeForward && winners.length < outputs) {
      winners = new int[outputs];
    }
    if (nativeForward) {
      if (nativeWinners.capacity() < outputs) {
        nativeWinners = new IntPointer((long) outputs);
        nativeKept = new IntPointer((long) outputs);
      }
      NativeKernels.maxPoolForward(
          NativeKernels.address(x),
          NativeKernels.address(out),
          nativeKept.address(),
          nativeWinners.address(),
          planes,
          height,
          width);
    } else if (x.dataType() == DataType.FLOAT) {
      int[] in = floatBits(x, (int) x.length());
      WindowMax.float32(in, planes, height, width, winners);
      if (pooledBits.length < outputs) {
        pooledBits = new int[outputs];
      }
      int[] pooled = pooledBits;
      int[] won = winners;
      for (int o = 0; o < outputs; o++) {
        pooled[o] = in[won[o]];
      }
      ints(out).put(0, pooled, 0, outputs);
    } else {
      long[] in = doubleBits(x, (int) x.length());
      WindowMax.float64(in, planes, height, width, winners);
      if (pooledBits64.length < outputs) {
        pooledBits64 = new long[outputs];
      }
      long[] pooled = pooledBits64;
      int[] won = winners;
      for (int o = 0; o < outputs; o++) {
        pooled[o] = in[won[o]];
      }
      longs(out).put(0, pooled, 0, outputs);
    }
    winnersInput = input;
    winnersShape = shape;
    fastForwardCalls++;
    return out;
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    ReluMaskedGradient.take(null);
    boolean remembered = winnersInput != null && winnersInput == input;
    long[] shape = winnersShape;
    forget();
    if (!remembered || !Arrays.equals(epsilon.shape(), pooledShape(shape))) {
      return PlainKernels.call(() -> super.backpropGradient(epsilon, workspaceMgr));
    }
    INDArray gradient = contiguous(epsilon.castTo(dataType));
    int outputs = (int) gradient.length();
    int inputs = Math.toIntExact(shape[0] * shape[1] * shape[2] * shape[3]);
    // The scatter writes into a zeroed Java array that is copied out whole and then zeroed again at
    // the written places only.
    boolean relu = ((MaxPooling2x2Layer) layerConf()).isReluInput();
    // Behind a ReLU first convolution: the gradient goes out in the convolution's [channels, batch,
    // h, w] order with the ReLU's derivative applied (see ReluMaskedGradient).
    long[] outShape = relu ? new long[] {shape[1], shape[0], shape[2], shape[3]} : shape;
    INDArray inputGradient =
        workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, outShape, 'c');
    int batch = (int) shape[0];
    int channels = (int) shape[1];
    int plane = (int) (shape[2] * shape[3]);
    int perPlane = outputs / (batch * channels);
    if (nativeForward) {
      // Both are fresh c-order float arrays (contiguous(), createUninitialized): the kernel's.
      NativeKernels.maxPoolBackward(
          NativeKernels.address(gradient),
          nativeWinners.address(),
          nativeKept.address(),
          NativeKernels.address(inputGradient),
          batch,
          channels,
          shape[2],
          shape[3],
          relu);
      nativeBackwardCalls++;
    } else if (dataType == DataType.FLOAT) {
      int[] targets = scatterTargets(outputs, batch, channels, plane, perPlane, relu);
      int[] g = floatBits(gradient, outputs);
      if (relu) {
        int[] pooled = pooledBits;
        for (int o = 0; o < outputs; o++) {
          // Keep the gradient where the winner is positive (as an int, a float's bits are > 0
          // exactly then, NaN aside), without a branch.
          g[o] &= (int) ((0L - pooled[o]) >> 63);
        }
      }
      if (scatterBits.length < inputs) {
        scatterBits = new int[inputs];
      }
      int[] scattered = scatterBits;
      for (int o = 0; o < outputs; o++) {
        scattered[targets[o]] = g[o];
      }
      ints(inputGradient).put(0, scattered, 0, inputs);
      for (int o = 0; o < outputs; o++) {
        scattered[targets[o]] = 0;
      }
    } else {
      int[] targets = scatterTargets(outputs, batch, channels, plane, perPlane, relu);
      long[] g = doubleBits(gradient, outputs);
      if (relu) {
        for (int o = 0; o < outputs; o++) {
          if (Double.longBitsToDouble(pooledBits64[o]) <= 0) {
            g[o] = 0;
          }
        }
      }
      if (scatterBits64.length < inputs) {
        scatterBits64 = new long[inputs];
      }
      long[] scattered = scatterBits64;
      for (int o = 0; o < outputs; o++) {
        scattered[targets[o]] = g[o];
      }
      longs(inputGradient).put(0, scattered, 0, inputs);
      for (int o = 0; o < outputs; o++) {
        scattered[targets[o]] = 0;
      }
    }
    if (relu) {
      inputGradient = inputGradient.permute(1, 0, 2, 3);
      ReluMaskedGradient.offer(inputGradient);
    }
    fastBackwardCalls++;
    return new Pair<>(new DefaultGradient(), inputGradient);
  }

  /**
   * Where each output's gradient goes in the input gradient: its winner's flat index, or with
   * {@code transposed} the same element in [channels, batch, h, w] order.
   */
  private int[] scatterTargets(
      int outputs, int batch, int channels, int plane, int perPlane, boolean transposed) {
    if (!transposed) {
      return winners;
    }
    if (targets.length < outputs) {
      targets = new int[outputs];
    }
    int[] won = winners;
    int[] to = targets;
    int o = 0;
    for (int n = 0; n < batch; n++) {
      for (int c = 0; c < channels; c++) {
        int shift = (c * batch + n) * plane - (n * channels + c) * plane;
        for (int k = 0; k < perPlane; k++, o++) {
          to[o] = won[o] + shift;
        }
      }
    }
    return to;
  }

  @Override
  public void clear() {
    super.clear();
    forget();
  }

  /** True once a training forward pass and its backprop have taken the fast path. */
  public boolean ranFast() {
    return fastForwardCalls > 0 && fastBackwardCalls > 0;
  }

  /** True once a backprop has run on the native kernels (after a native forward pass). */
  public boolean ranNative() {
    return nativeBackwardCalls > 0;
  }

  private boolean fits(INDArray x) {
    var conf = layerConf();
    return MaxPooling2x2Layer.fits(conf)
        && conf.getCnn2dDataFormat() == CNN2DFormat.NCHW
        && (x.dataType() == DataType.FLOAT || x.dataType() == DataType.DOUBLE)
        && x.rank() == 4
        && x.size(2) % 2 == 0
        && x.size(3) % 2 == 0
        && x.length() <= Integer.MAX_VALUE
        && maskArray == null;
  }

  private static long[] pooledShape(long[] shape) {
    return new long[] {shape[0], shape[1], shape[2] / 2, shape[3] / 2};
  }

  private void forget() {
    winnersInput = null;
    winnersShape = null;
  }

  private int[] floatBits(INDArray array, int length) {
    if (bits.length < length) {
      bits = new int[length];
    }
    ints(array).get(0, bits, 0, length);
    return bits;
  }

  private long[] doubleBits(INDArray array, int length) {
    if (bits64.length < length) {
      bits64 = new long[length];
    }
    longs(array).get(0, bits64, 0, length);
    return bits64;
  }

  private static INDArray contiguous(INDArray array) {
    boolean plain =
        !array.isView()
            && array.ordering() == 'c'
            && Shape.hasDefaultStridesForShape(array)
            && array.offset() == 0;
    return plain ? array : array.dup('c');
  }

  private static ByteBuffer bytes(INDArray array) {
    return array.data().asNio().order(ByteOrder.nativeOrder());
  }

  private static java.nio.IntBuffer ints(INDArray array) {
    return bytes(array).asIntBuffer();
  }

  private static java.nio.LongBuffer longs(INDArray array) {
    return bytes(array).asLongBuffer();
  }
}
