package vn.hocsau.trainer;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads a model zip's {@code coefficients.bin}: the flat parameter vector that {@code Nd4j.write}
 * saved (big-endian; a shape buffer, then a data buffer, each a header of allocation mode, length
 * and data type followed by its values). Every length in it is checked against the configuration
 * and the bytes present before anything is allocated, and the array is created here from the values
 * alone, so no shape or stride from the file reaches native code.
 */
final class Coefficients {

  /** The allocation mode ND4J 1.0.0-M2.1 writes. */
  private static final String MODE = "MIXED_DATA_TYPES";

  private Coefficients() {}

  /** The parameters, exactly {@code expected} of them, as a FLOAT or DOUBLE vector. */
  static INDArray read(byte[] bytes, long expected) {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    try {
      long shapeLength = header(in, "LONG");
      if (shapeLength != 6 && shapeLength != 8) {
        throw refuse("its shape is not a vector");
      }
      long[] shapeInfo = new long[(int) shapeLength];
      for (int i = 0; i < shapeInfo.length; i++) {
        shapeInfo[i] = in.readLong();
      }
      long rank = shapeInfo[0];
      long values = rank == 1 ? shapeInfo[1] : rank == 2 ? shapeInfo[1] * shapeInfo[2] : -1;
      if (shapeLength != 2 * rank + 4 || shapeInfo[1] < 0 || values != expected) {
        throw refuse("its shape does not hold the " + expected + " parameters the network has");
      }
      String type = dataType(in);
      long length = header(in, type);
      int width = type.equals("FLOAT") ? Float.BYTES : Double.BYTES;
      if (length != expected || in.available() != length * width) {
        throw refuse(
            "it holds "
                + in.available()
                + " bytes of "
                + type
                + " values, the network has "
                + expected
                + " parameters");
      }
      return type.equals("FLOAT") ? floats(in, (int) length) : doubles(in, (int) length);
    } catch (IOException | IllegalArgumentException e) {
      throw refuse("it is not a parameter vector written by Nd4j.write");
    }
  }

  private static long header(DataInputStream in, String type) throws IOException {
    if (!in.readUTF().equals(MODE)) {
      throw refuse("it was not written by DL4J 1.0.0-M2.1");
    }
    long length = in.readLong();
    if (!in.readUTF().equals(type)) {
      throw refuse("its " + (type.equals("LONG") ? "shape" : "data") + " type is not " + type);
    }
    return length;
  }

  /** Peeks at the data buffer's type, which follows its mode and length. */
  private static String dataType(DataInputStream in) throws IOException {
    in.mark(256);
    in.readUTF();
    in.readLong();
    String type = in.readUTF();
    in.reset();
    if (!type.equals("FLOAT") && !type.equals("DOUBLE")) {
      throw refuse("its values are " + type + "; the trainer reads FLOAT or DOUBLE models");
    }
    return type;
  }

  private static INDArray floats(DataInputStream in, int length) throws IOException {
    float[] values = new float[length];
    for (int i = 0; i < length; i++) {
      values[i] = in.readFloat();
    }
    return Nd4j.createFromArray(values);
  }

  private static INDArray doubles(DataInputStream in, int length) throws IOException {
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] = in.readDouble();
    }
    return Nd4j.createFromArray(values);
  }

  private static TrainerException refuse(String why) {
    return ModelZip.refuse("holds a coefficients.bin that cannot be used: " + why);
  }
}
