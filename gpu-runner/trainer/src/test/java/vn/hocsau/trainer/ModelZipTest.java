package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Model zips built byte by byte, each one reading differently to a parser of the central directory
 * and to one of the local headers ({@code ZipInputStream}, which DL4J's {@code ModelSerializer}
 * uses): all refused, and none gets to run code. Honest zips saved by {@code ModelSerializer} keep
 * working.
 */
class ModelZipTest {

  private static final String DENSE =
      "\"@class\" : \"org.deeplearning4j.nn.conf.layers.DenseLayer\"";

  @TempDir Path dir;

  private static MultiLayerNetwork net;
  private static Map<String, byte[]> honest;

  @BeforeAll
  static void saveAnHonestModel() throws Exception {
    net = new MultiLayerNetwork(conf(8, DataType.FLOAT));
    net.init();
    honest = entries(saved(net));
  }

  private static MultiLayerConfiguration conf(int units, DataType type) {
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(3)
            .updater(new Adam(0.01))
            .list()
            .layer(new DenseLayer.Builder().nOut(units).activation(Activation.RELU).build())
            .layer(new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build())
            .setInputType(InputType.feedForward(3))
            .build();
    conf.setDataType(type);
    return conf;
  }

  private static byte[] saved(MultiLayerNetwork model) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSerializer.writeModel(model, bytes, true);
    return bytes.toByteArray();
  }

  /** Test-side reading of an honest zip, to reuse its entries in hostile ones. */
  private static Map<String, byte[]> entries(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private MultiLayerNetwork load(byte[] zip) throws Exception {
    Path file = Files.createTempFile(dir, "model", ".zip");
    Files.write(file, zip);
    return Dl4jModels.fromZip(file, conf -> {});
  }

  private String refusal(byte[] zip) {
    TrainerException e = assertThrows(TrainerException.class, () -> load(zip));
    assertEquals(TrainerException.ErrorClass.CONFIG_ERROR, e.errorClass());
    return e.getMessage();
  }

  /** A zip listing the honest configuration and coefficients, with local entries added after. */
  private static RawZip honestStart() {
    RawZip zip = new RawZip();
    zip.list(zip.entry("configuration.json", honest.get("configuration.json"), true));
    zip.list(zip.entry("coefficients.bin", honest.get("coefficients.bin"), true));
    return zip;
  }

  private static String hostileConfiguration() {
    String json = new String(honest.get("configuration.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains(DENSE));
    return json.replace(
        DENSE,
        "\"@class\" : \"org.deeplearning4j.nn.conf.layers.DenseLayer<"
            + Canaries.Initialised.class.getName()
            + ">\"");
  }

  private static byte[] serialisedCanary() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new Canaries.Serialised());
    }
    return bytes.toByteArray();
  }

  @Test
  void honestZipsLoadWithTheirSavedParameters() throws Exception {
    assertTrue(honest.containsKey("updaterState.bin"), "Adam's state is saved too");
    assertEquals(net.params(), load(saved(net)).params());

    RawZip stored = new RawZip();
    for (String name :
        new String[] {"configuration.json", "coefficients.bin", "updaterState.bin"}) {
      stored.list(stored.entry(name, honest.get(name), false));
    }
    assertEquals(net.params(), load(stored.finish()).params());

    MultiLayerNetwork doubles = new MultiLayerNetwork(conf(5, DataType.DOUBLE));
    doubles.init();
    MultiLayerNetwork loaded = load(saved(doubles));
    assertEquals(DataType.DOUBLE, loaded.params().dataType());
    assertEquals(doubles.params(), loaded.params());
  }

  @Test
  void aLocalOnlyPreprocessorIsNeverDeserialised() throws Exception {
    RawZip zip = honestStart();
    zip.entry("preprocessor.bin", serialisedCanary(), true);

    String message = refusal(zip.finish());

    assertTrue(message.startsWith("the model zip holds data its directory does not list"), message);
    assertFalse(Canaries.deserialised, "readObject ran on learner bytes");
  }

  @Test
  void aLocalOnlyConfigurationCannotReplaceTheCheckedOne() throws Exception {
    RawZip zip = honestStart();
    zip.entry("configuration.json", hostileConfiguration().getBytes(StandardCharsets.UTF_8), true);

    String message = refusal(zip.finish());

    assertTrue(message.startsWith("the model zip holds data its directory does not list"), message);
    assertFalse(Canaries.initialised, "a class named in the unchecked configuration was loaded");
  }

  @Test
  void duplicateNamesAreRefused() throws Exception {
    RawZip zip = honestStart();
    zip.list(
        zip.entry(
            "configuration.json", hostileConfiguration().getBytes(StandardCharsets.UTF_8), true));

    assertEquals("the model zip holds 'configuration.json' twice", refusal(zip.finish()));
    assertFalse(Canaries.initialised);
  }

  @Test
  void localAndCentralNamesMustAgree() throws Exception {
    RawZip zip = honestStart();
    RawZip.Header local = zip.entry("preprocessor.bin", serialisedCanary(), true);
    RawZip.Header listed = local.copy();
    listed.name = "updaterState.bin";
    zip.list(listed);

    String message = refusal(zip.finish());

    assertEquals(
        "the model zip is inconsistent: the local header of 'updaterState.bin' and the directory"
            + " disagree on its name",
        message);
    assertFalse(Canaries.deserialised, "readObject ran on learner bytes");
  }

  @Test
  void aDataDescriptorCannotHideAnEntrysRealSize() throws Exception {
    byte[] coefficients = honest.get("coefficients.bin");
    byte[] padded = new byte[coefficients.length + 50_000_000];
    System.arraycopy(coefficients, 0, padded, 0, coefficients.length);
    RawZip zip = new RawZip();
    zip.list(zip.entry("configuration.json", honest.get("configuration.json"), true));
    RawZip.Header real = zip.entry("coefficients.bin", padded, true);
    RawZip.Header listed = real.copy();
    listed.size = coefficients.length;
    zip.list(listed);

    String message = refusal(zip.finish());

    assertEquals(
        "the model zip is inconsistent: the local header of 'coefficients.bin' and the directory"
            + " disagree on its data descriptor",
        message);
  }

  @Test
  void aZipBombStopsAtTheSizeItsHeadersDeclare() {
    byte[] bomb = new byte[100_000_000];
    byte[] packed = RawZip.deflate(bomb);
    assertTrue(packed.length * 500L < bomb.length, "a ratio over 500:1");
    RawZip zip = new RawZip();
    zip.list(zip.entry("configuration.json", honest.get("configuration.json"), true));
    RawZip.Header lying = new RawZip.Header();
    lying.name = "coefficients.bin";
    lying.method = 8;
    lying.flags = 0x0800;
    lying.crc = 0;
    lying.packed = packed.length;
    lying.size = 1000;
    zip.list(zip.raw(lying, packed, null));
    byte[] file = zip.finish();

    String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(file));

    assertEquals(
        "the model zip is inconsistent: 'coefficients.bin' unpacks to more than the 1000 bytes"
            + " its header declares",
        message);

    lying.size = 1_000_000_000;
    RawZip tooLarge = new RawZip();
    tooLarge.list(tooLarge.entry("configuration.json", honest.get("configuration.json"), true));
    tooLarge.list(tooLarge.raw(lying, packed, null));
    assertTrue(
        refusal(tooLarge.finish())
            .startsWith("the model zip 'coefficients.bin' unpacks to 1000000000 bytes, more than"));
  }

  @Test
  void dataBeforeTheFirstEntryOrUnneededEntriesAreRefused() throws Exception {
    RawZip prefixed = new RawZip();
    prefixed.raw(junkEntry(), new byte[0], null);
    prefixed.list(prefixed.entry("configuration.json", honest.get("configuration.json"), true));
    prefixed.list(prefixed.entry("coefficients.bin", honest.get("coefficients.bin"), true));
    assertEquals(
        "the model zip holds data its directory does not list (at byte 0)",
        refusal(prefixed.finish()));

    for (String extra : new String[] {"preprocessor.bin", "normalizer.bin", "noParams.marker"}) {
      RawZip zip = honestStart();
      zip.list(zip.entry(extra, serialisedCanary(), true));
      assertTrue(
          refusal(zip.finish())
              .startsWith(
                  "the model zip holds '"
                      + extra
                      + "'; a DL4J model zip holds only [coefficients.bin, configuration.json,"
                      + " updaterState.bin]"));
    }
    assertFalse(Canaries.deserialised);
  }

  private static RawZip.Header junkEntry() {
    RawZip.Header junk = new RawZip.Header();
    junk.name = "junk";
    return junk;
  }

  @Test
  void coefficientsMustMatchTheNetwork() throws Exception {
    MultiLayerNetwork wider = new MultiLayerNetwork(conf(9, DataType.FLOAT));
    wider.init();
    RawZip zip = new RawZip();
    zip.list(zip.entry("configuration.json", honest.get("configuration.json"), true));
    zip.list(zip.entry("coefficients.bin", entries(saved(wider)).get("coefficients.bin"), true));

    assertTrue(
        refusal(zip.finish())
            .startsWith("the model zip holds a coefficients.bin that cannot be used"));
  }

  @Test
  void aZippedConfigurationOverTheSizeLimitIsRefusedBeforeItsCoefficientsAreRead() {
    MultiLayerConfiguration huge = conf(1_000_000_000, DataType.FLOAT);
    RawZip zip = new RawZip();
    zip.list(zip.entry("configuration.json", huge.toJson().getBytes(StandardCharsets.UTF_8), true));
    zip.list(zip.entry("coefficients.bin", honest.get("coefficients.bin"), true));

    String message = refusal(zip.finish());

    assertTrue(
        message.startsWith(
            "layer 1 (DenseLayer) has nIn 3 and nOut 1000000000: more parameters than the 20000000"),
        message);
  }
}
