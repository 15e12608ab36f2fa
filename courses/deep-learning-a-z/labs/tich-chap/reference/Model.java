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
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;
import vn.hocsau.trainer.api.LabContext;
import vn.hocsau.trainer.api.LabModel;

/**
 * Reference solution of the lab "Tích chập": two blocks of a 3x3 convolution (32 filters) and 2x2
 * max pooling, then a dense layer of 128 units with dropout. The learning rate halves every 3
 * epochs. Its full-data figures are in expected.yaml ({@code bin/train-references tich-chap}).
 */
public class Model implements LabModel {

  @Override
  public MultiLayerNetwork build(LabContext ctx) {
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(ctx.seed())
            .weightInit(WeightInit.RELU)
            .updater(new Adam(new StepSchedule(ScheduleType.EPOCH, 1e-3, 0.5, 3)))
            .list()
            .layer(conv(32))
            .layer(maxPool())
            .layer(conv(32))
            .layer(maxPool())
            .layer(
                new DenseLayer.Builder()
                    .nOut(128)
                    .activation(Activation.RELU)
                    .dropOut(0.5) // DL4J's dropOut is the probability of KEEPING a unit
                    .build())
            .layer(
                new OutputLayer.Builder(LossFunction.MCXENT)
                    .nOut(ctx.numClasses())
                    .activation(Activation.SOFTMAX)
                    .weightInit(WeightInit.XAVIER)
                    .build())
            .setInputType(ctx.inputType())
            .build();
    return new MultiLayerNetwork(conf);
  }

  @Override
  public int epochs() {
    return 8;
  }

  @Override
  public int batchSize() {
    return 64;
  }

  private static ConvolutionLayer conv(int filters) {
    return new ConvolutionLayer.Builder(3, 3)
        .nOut(filters)
        .convolutionMode(ConvolutionMode.Same)
        .activation(Activation.RELU)
        .build();
  }

  private static SubsamplingLayer maxPool() {
    return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
        .kernelSize(2, 2)
        .stride(2, 2)
        .build();
  }
}
