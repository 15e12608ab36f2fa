import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * What a learner does on their own machine before uploading a model: trains a small network on a
 * lab's training CSV (columns id, x1, x2, label) and saves it with ModelSerializer. Run with the
 * trainer's jars on the class path: {@code java -cp 'lib/*' MakeModel.java train.csv model.zip}.
 */
public class MakeModel {
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    int n = lines.size() - 1;
    INDArray x = Nd4j.create(n, 2);
    INDArray y = Nd4j.zeros(n, 3);
    for (int i = 0; i < n; i++) {
      String[] c = lines.get(i + 1).split(",");
      x.putScalar(i, 0, Double.parseDouble(c[1]));
      x.putScalar(i, 1, Double.parseDouble(c[2]));
      y.putScalar(i, Integer.parseInt(c[3]), 1);
    }
    MultiLayerNetwork net =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(7)
                .updater(new Adam(0.02))
                .list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(16).activation(Activation.RELU).build())
                .layer(
                    new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(16)
                        .nOut(3)
                        .activation(Activation.SOFTMAX)
                        .build())
                .build());
    net.init();
    DataSet data = new DataSet(x, y);
    for (int epoch = 0; epoch < 300; epoch++) {
      net.fit(data);
    }
    ModelSerializer.writeModel(net, Path.of(args[1]).toFile(), false);
    System.out.println("saved; training accuracy " + net.evaluate(new org.nd4j.linalg.dataset.adapter.SingletonDataSetIterator(data)).accuracy());
  }
}
