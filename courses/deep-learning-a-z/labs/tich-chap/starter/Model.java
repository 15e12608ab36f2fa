import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import vn.hocsau.trainer.api.LabContext;
import vn.hocsau.trainer.api.LabModel;

/**
 * Starter for the lab "Tích chập" / "Convolutions". As it is, it trains a plain MLP: it runs, and
 * it stays below the pass mark. Replace the TODO with convolution and pooling layers.
 */
public class Model implements LabModel {

  @Override
  public MultiLayerNetwork build(LabContext ctx) {
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(ctx.seed())
            .weightInit(WeightInit.RELU)
            .updater(new Adam(1e-3))
            .list()
            // TODO: put your convolution blocks here, for example
            //   .layer(conv(32)).layer(maxPool())
            //   .layer(conv(64)).layer(maxPool())
            // DL4J flattens the images by itself before the first dense layer.
            .layer(new DenseLayer.Builder().nOut(256).activation(Activation.RELU).build())
            .layer(
                new OutputLayer.Builder(LossFunction.MCXENT)
                    .nOut(ctx.numClasses())
                    .activation(Activation.SOFTMAX)
                    .weightInit(WeightInit.XAVIER)
                    .build())
            // Tells DL4J the input is 1 x 28 x 28 images, so it can size every layer.
            .setInputType(ctx.inputType())
            .build();
    return new MultiLayerNetwork(conf);
  }

  @Override
  public int epochs() {
    return 10;
  }

  @Override
  public int batchSize() {
    return 64;
  }

  /** A 3x3 convolution with {@code filters} filters that keeps the image size (padding "same"). */
  static ConvolutionLayer conv(int filters) {
    return new ConvolutionLayer.Builder(3, 3)
        .nOut(filters)
        .convolutionMode(ConvolutionMode.Same)
        .activation(Activation.RELU)
        .build();
  }

  /** 2x2 max pooling: halves the height and the width. */
  static SubsamplingLayer maxPool() {
    return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
        .kernelSize(2, 2)
        .stride(2, 2)
        .build();
  }
}
