// Training throughput of the HọcSâu trainer on Fashion-MNIST, one mode per JVM (the native
// build is chosen once, when ND4J loads). Run through run.sh, which compares it with PyTorch:
//   java -cp 'gpu-runner/trainer/target/trainer-dist/lib/*' bench/training/TrainingBench.java \
//       /usr/share/datasets/fashion-mnist onednn fused 20000 5000
// The layers argument picks how the DSL builds the networks: "fused" (the trainer's own dense and
// softmax output layers, what jobs get) or "stock" (DL4J's layers, the earlier path). After the
// timed epoch it prints the accuracy on Fashion-MNIST's 10,000 test images.
import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.indexing.NDArrayIndex;
import vn.hocsau.trainer.Batches;
import vn.hocsau.trainer.Evaluation;
import vn.hocsau.trainer.InputLayout;
import vn.hocsau.trainer.JobSpec;
import vn.hocsau.trainer.MemoryGuard;
import vn.hocsau.trainer.NativeSetup;
import vn.hocsau.trainer.OneDnnHelpers;
import vn.hocsau.trainer.config.NetworkConfigParser;
import vn.hocsau.trainer.config.NetworkPlan;
import vn.hocsau.trainer.data.DataLoader;
import vn.hocsau.trainer.data.Examples;

public class TrainingBench {

  static final String MLP = "batchSize: 64\nlayers:\n  - dense: {units: 256}\n";
  static final String CNN =
      """
      batchSize: 64
      layers:
        - conv2d: {filters: 16, kernel: 5, padding: valid}
        - maxpool: {size: 2}
        - conv2d: {filters: 32, kernel: 5, padding: valid}
        - maxpool: {size: 2}
        - dense: {units: 128}
      """;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    String mode = args[1];
    boolean fused = args[2].equals("fused");
    System.setProperty("hocsau.onednn", Boolean.toString(mode.equals("onednn")));
    NativeSetup.configure();
    org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxThreads(1);
    org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxMasterThreads(1);
    JobSpec job =
        new JobSpec(
            "config",
            data,
            "idx",
            "classification",
            10,
            new int[] {1, 28, 28},
            Map.of(
                "train-features", data.resolve("train-images-idx3-ubyte.gz"),
                "train-labels", data.resolve("train-labels-idx1-ubyte.gz")),
            100,
            "probabilities");
    Examples all = DataLoader.train(job);
    Examples test = DataLoader.train(testSet(job, data));
    String label = mode + (fused ? "-fused" : "") + System.getProperty("bench.variant", "");
    run(label, fused, "mlp", MLP, job, all, test, Integer.parseInt(args[3]));
    run(label, fused, "cnn", CNN, job, all, test, Integer.parseInt(args[4]));
  }

  /** The trainer's 2x2 max-pooling layers whose fast path did not run (empty: all of it ran). */
  static java.util.List<Integer> slowPooling(MultiLayerNetwork net) {
    java.util.List<Integer> slow = new java.util.ArrayList<>();
    for (org.deeplearning4j.nn.api.Layer layer : net.getLayers()) {
      if (layer instanceof vn.hocsau.trainer.layers.MaxPooling2x2 pooling && !pooling.ranFast()) {
        slow.add(layer.getIndex());
      }
    }
    return slow;
  }

  /** The test images and their labels, read as a training set is read so the labels come too. */
  static JobSpec testSet(JobSpec job, Path data) {
    return new JobSpec(
        job.kind(),
        data,
        job.format(),
        job.task(),
        job.numClasses(),
        job.inputShape(),
        Map.of(
            "train-features", data.resolve("t10k-images-idx3-ubyte.gz"),
            "train-labels", data.resolve("t10k-labels-idx1-ubyte.gz")),
        job.maxEpochs(),
        job.output());
  }

  static void run(
      String mode,
      boolean fused,
      String name,
      String yaml,
      JobSpec job,
      Examples all,
      Examples test,
      int n) {
    Examples subset =
        new Examples(
            all.features().get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).dup(),
            all.labels().get(NDArrayIndex.interval(0, n), NDArrayIndex.all()).dup(),
            all.ids().subList(0, n));
    NetworkPlan plan = new NetworkConfigParser("classification", 10, job.inputShape(), fused).parse(yaml);
    MultiLayerNetwork net = new MultiLayerNetwork(plan.conf());
    net.init();
    if (fused) {
      // As jobs on the DSL train (JobRun): DL4J's updater without its per-parameter bookkeeping.
      vn.hocsau.trainer.layers.LeanUpdater.install(net);
    }
    OneDnnHelpers.Status helpers = OneDnnHelpers.install(net);
    // As the trainer does (TrainingRun): a resident-memory check after every batch.
    net.addListeners(MemoryGuard.process().listener());
    InputLayout layout = InputLayout.of(plan.conf(), job.inputShape());
    Batches warm = new Batches(subset, layout, plan.batchSize(), 1);
    for (int i = 0; i < 10 && warm.hasNext(); i++) {
      net.fit(warm.next());
    }
    // As the trainer's own loop (TrainingRun) takes them.
    Batches batches = new Batches(subset, layout, plan.batchSize(), 2);
    if (!"false".equals(System.getProperty("bench.reuse"))) {
      batches.reusingBuffers();
    }
    long start = System.nanoTime();
    net.fit(batches);
    double seconds = (System.nanoTime() - start) / 1e9;
    double accuracy = Evaluation.metric(net, test, layout, true, Integer.MAX_VALUE);
    System.out.printf(
        "RESULT dl4j-%s %s %.1f accuracy=%.4f helpers=%s adam=%s unused=%s slowpool=%s gc=%d rss=%dMiB%n",
        mode,
        name,
        n / seconds,
        accuracy,
        helpers.label(),
        net.getUpdater() instanceof vn.hocsau.trainer.layers.LeanUpdater lean && lean.isNativeAdam()
            ? "native"
            : "libnd4j",
        OneDnnHelpers.unused(net),
        slowPooling(net),
        MemoryGuard.process().collections(),
        org.bytedeco.javacpp.Pointer.physicalBytes() >> 20);
  }
}
