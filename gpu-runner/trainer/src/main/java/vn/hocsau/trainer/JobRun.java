package vn.hocsau.trainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import vn.hocsau.trainer.api.LabContext;
import vn.hocsau.trainer.api.LabModel;
import vn.hocsau.trainer.config.NetworkConfigParser;
import vn.hocsau.trainer.config.NetworkPlan;
import vn.hocsau.trainer.data.DataLoader;
import vn.hocsau.trainer.data.Examples;
import vn.hocsau.trainer.layers.LeanUpdater;
import vn.hocsau.trainer.layers.NativeKernels;

/**
 * One job from submission to predictions: read the submission into a network and check it fits the
 * dataset (before any data is loaded, so config mistakes come back in seconds), load the data, hold
 * out 10% for validation, train, then predict the test set.
 */
final class JobRun {

  static final double VALIDATION_FRACTION = 0.1;

  private final JobSpec job;
  private final java.nio.file.Path outDir;
  private final EventWriter events;
  private final MemoryBudget memory;

  JobRun(JobSpec job, java.nio.file.Path outDir, EventWriter events, MemoryBudget memory) {
    this.job = job;
    this.outDir = outDir;
    this.events = events;
    this.memory = memory;
  }

  void run() throws IOException {
    Threads.apply();
    StartupTimes.mark("natives");
    PreparedModel model = prepare();
    StartupTimes.mark("model");
    MultiLayerNetwork net = model.net();
    InputLayout layout = InputLayout.of(net.getLayerWiseConfigurations(), job.inputShape());
    checkFits(net, layout);
    OneDnnHelpers.Status helpers = OneDnnHelpers.install(net);
    StartupTimes.mark("check");

    Examples[] split = DataLoader.train(job).holdOut(VALIDATION_FRACTION, model.seed());
    StartupTimes.mark("data");
    int epochs = Math.min(model.epochs(), job.maxEpochs());
    if (model.epochs() > job.maxEpochs()) {
      events.log(
          "epochs capped at " + job.maxEpochs() + " by the lab (asked for " + model.epochs() + ")");
    }
    events.started(
        epochs,
        split[0].size(),
        net.numParams(),
        OneDnnHelpers.backend().toLowerCase(java.util.Locale.ROOT),
        helpers.label());
    if (helpers.installed() == 0 && hasConvolutions(net)) {
      events.log("oneDNN helpers not used: " + helpers.reason());
    }
    if (!NativeKernels.loaded() && Nd4j.getEnvironment().isCPU()) {
      // A distribution built without its C kernels (gpu-runner/README.md): correct, but slower.
      events.log("native kernels not found: Adam runs on libnd4j's slower op");
    }
    double seconds;
    if (model.custom() != null) {
      seconds = trainCustom(model, net, split, layout, epochs);
    } else {
      seconds = trainStandard(net, split, layout, epochs, model);
    }
    String used = helpers.label();
    if (helpers.installed() > 0 && epochs > 0) {
      java.util.List<String> unused = OneDnnHelpers.unused(net);
      if (!unused.isEmpty()) {
        used = "partial";
        events.log("oneDNN helpers were bypassed on layers " + unused);
      }
    }
    events.finished(epochs, seconds, used);

    Examples test = DataLoader.test(job);
    INDArray predictions = Evaluation.predict(net, test.features(), layout);
    PredictionsWriter.write(
        outDir.resolve("predictions.csv"), job.output(), test.ids(), predictions);
  }

  private PreparedModel prepare() throws IOException {
    return switch (job.kind()) {
      case "config" -> {
        NetworkPlan plan =
            new NetworkConfigParser(job.task(), job.numClasses(), job.inputShape())
                .parse(submissionText());
        checkMemory(plan.conf(), plan.batchSize(), "a smaller batchSize");
        MultiLayerNetwork net = initialised(plan.conf());
        // The DSL's networks also update without DL4J's per-parameter bookkeeping (LeanUpdater).
        LeanUpdater.install(net);
        yield new PreparedModel(net, plan.epochs(), plan.batchSize(), plan.seed(), null);
      }
      case "dl4j-json" -> {
        MultiLayerConfiguration conf = Dl4jModels.fromJson(submissionText());
        checkMemory(conf, 64, null);
        yield new PreparedModel(initialised(conf), 10, 64, conf.getConf(0).getSeed(), null);
      }
      case "dl4j-zip" -> {
        MultiLayerNetwork net =
            Dl4jModels.fromZip(job.submission(), conf -> checkMemory(conf, 0, null));
        yield new PreparedModel(net, 0, 64, 42, null);
      }
      case "java" -> prepareJava();
      default -> throw TrainerException.config("unknown submission kind " + job.kind());
    };
  }

  private PreparedModel prepareJava() throws IOException {
    LabModel lab = JavaSubmission.load(job.submission().getFileName().toString(), submissionText());
    JobContext context = new JobContext(null, Math.min(lab.epochs(), job.maxEpochs()));
    MultiLayerNetwork net;
    try {
      net = lab.build(context);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      throw JavaSubmission.threw("build()", e);
    }
    if (net == null) {
      throw new TrainerException(
          TrainerException.ErrorClass.RUNTIME_ERROR, "build() returned null");
    }
    // Learner code may already have allocated; the limit still holds before the trainer does.
    vn.hocsau.trainer.config.NetworkSize.check(net.getLayerWiseConfigurations());
    int batchSize = Math.max(1, Math.min(lab.batchSize(), 4096));
    checkMemory(net.getLayerWiseConfigurations(), batchSize, "a smaller batchSize()");
    if (!net.isInitCalled()) {
      try {
        net.init();
      } catch (RuntimeException e) {
        String detail = Dl4jModels.rootMessage(e);
        throw new TrainerException(
            TrainerException.ErrorClass.CONFIG_ERROR,
            "the network built by build() is not valid: " + detail,
            e,
            new CodedProblem(CodedProblem.JAVA_NETWORK_INVALID, List.of(detail), 0, 0, null));
      }
    }
    return new PreparedModel(
        net, lab.epochs(), batchSize, 42, lab.hasCustomTraining() ? lab : null);
  }

  /**
   * The standard loop. DL4J failing inside {@code fit} on a network that passed {@link #checkFits}
   * is the submission's doing (labels that do not match a custom loss, a layer that cannot
   * backprop): a {@code RUNTIME_ERROR} with DL4J's message, not an anonymous crash.
   */
  private double trainStandard(
      MultiLayerNetwork net, Examples[] split, InputLayout layout, int epochs, PreparedModel model)
      throws IOException {
    try {
      return new TrainingRun(job, events)
          .train(net, split[0], split[1], layout, epochs, model.batchSize(), model.seed());
    } catch (TrainerException e) {
      throw e;
    } catch (RuntimeException e) {
      String detail = Dl4jModels.rootMessage(e);
      throw new TrainerException(
          TrainerException.ErrorClass.RUNTIME_ERROR,
          "training failed: " + detail,
          e,
          new CodedProblem(CodedProblem.TRAINER_FIT_FAILED, List.of(detail), 0, 0, null));
    }
  }

  private double trainCustom(
      PreparedModel model,
      MultiLayerNetwork net,
      Examples[] split,
      InputLayout layout,
      int epochs) {
    Batches batches = new Batches(split[0], layout, model.batchSize(), model.seed());
    long start = System.nanoTime();
    // The learner's loop calls fit too; the guard runs after each of its batches as well.
    net.addListeners(MemoryGuard.process().listener());
    try {
      model.custom().train(new JobContext(batches, epochs, start, split[0].size()), net);
    } catch (TrainerException e) {
      throw e;
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      throw JavaSubmission.threw("train()", e);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The memory check, before the trainer allocates; logs when DL4J could not estimate a layer. */
  private void checkMemory(MultiLayerConfiguration conf, int trainingBatch, String smallerBatch) {
    String note = memory.check(conf, job.inputShape(), trainingBatch, smallerBatch);
    if (note != null) {
      try {
        events.log(note);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  private MultiLayerNetwork initialised(MultiLayerConfiguration conf) {
    try {
      MultiLayerNetwork net = new MultiLayerNetwork(conf);
      net.init();
      return net;
    } catch (RuntimeException e) {
      throw TrainerException.config("the network is not valid: " + Dl4jModels.rootMessage(e));
    }
  }

  /** One forward pass on two blank examples: a network that cannot read the data fails here. */
  private void checkFits(MultiLayerNetwork net, InputLayout layout) {
    INDArray probe =
        org.nd4j.linalg.factory.Nd4j.zeros(
            org.nd4j.linalg.api.buffer.DataType.FLOAT, 2, job.inputSize());
    long outputs;
    try {
      outputs = net.output(layout.shape(probe), false).size(1);
    } catch (RuntimeException e) {
      String shape = java.util.Arrays.toString(job.inputShape());
      String detail = Dl4jModels.rootMessage(e);
      throw coded(
          "the network does not fit the dataset (input " + shape + "): " + detail,
          CodedProblem.TRAINER_INPUT_MISMATCH,
          shape,
          detail);
    }
    if (outputs != job.numClasses()) {
      throw job.classification()
          ? coded(
              "the network has "
                  + outputs
                  + " outputs but the dataset has "
                  + job.numClasses()
                  + " classes",
              CodedProblem.TRAINER_OUTPUT_CLASSES,
              "" + outputs,
              "" + job.numClasses())
          : coded(
              "the network has " + outputs + " outputs but a regression predicts 1 value",
              CodedProblem.TRAINER_OUTPUT_REGRESSION,
              "" + outputs);
    }
  }

  /** A {@code CONFIG_ERROR} with its code, for a problem found in no one line of the text. */
  private static TrainerException coded(String message, String code, String... args) {
    return new TrainerException(
        TrainerException.ErrorClass.CONFIG_ERROR,
        message,
        null,
        new CodedProblem(code, List.of(args), 0, 0, null));
  }

  private static boolean hasConvolutions(MultiLayerNetwork net) {
    for (org.deeplearning4j.nn.api.Layer layer : net.getLayers()) {
      if (layer instanceof org.deeplearning4j.nn.layers.convolution.ConvolutionLayer
          || layer
              instanceof org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer) {
        return true;
      }
    }
    return false;
  }

  private String submissionText() throws IOException {
    long size = Files.size(job.submission());
    if (size > 4L * vn.hocsau.trainer.config.SafeTree.MAX_DOCUMENT_CHARS) {
      throw TrainerException.config("the submission is too large: " + size + " bytes");
    }
    return Files.readString(job.submission(), StandardCharsets.UTF_8);
  }

  /** The {@link LabContext} handed to learner code. */
  private final class JobContext implements LabContext {
    private final DataSetIterator batches;
    private final int epochs;
    private final long start;
    private final int examples;

    JobContext(DataSetIterator batches, int epochs) {
      this(batches, epochs, System.nanoTime(), 0);
    }

    JobContext(DataSetIterator batches, int epochs, long start, int examples) {
      this.batches = batches;
      this.epochs = epochs;
      this.start = start;
      this.examples = examples;
    }

    @Override
    public int[] inputShape() {
      return job.inputShape().clone();
    }

    @Override
    public InputType inputType() {
      int[] s = job.inputShape();
      return s.length == 3
          ? InputType.convolutional(s[1], s[2], s[0])
          : InputType.feedForward(s[0]);
    }

    @Override
    public int numClasses() {
      return job.numClasses();
    }

    @Override
    public String task() {
      return job.task();
    }

    @Override
    public long seed() {
      return 42;
    }

    @Override
    public int epochs() {
      return epochs;
    }

    @Override
    public DataSetIterator trainingData() {
      if (batches == null) {
        throw new IllegalStateException("trainingData() is available in train(), not in build()");
      }
      return batches;
    }

    @Override
    public void reportEpoch(int epoch, double loss, Map<String, Double> metrics) {
      double elapsed = (System.nanoTime() - start) / 1e9;
      try {
        events.write(
            new TrainingEvent(
                Math.max(1, epoch),
                epochs,
                loss,
                metrics,
                examples * Math.max(1, epoch) / elapsed,
                elapsed));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void log(String message) {
      try {
        events.log(String.valueOf(message));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
