package vn.hocsau.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one layer's settings and checks them against the shape that reaches it: what each layer
 * type needs, what it produces, and how many parameters it has (the same count as DL4J's {@code
 * numParams}, which the trainer's tests hold it to).
 */
final class LayerRules {

  private final String task;
  private final int numClasses;

  LayerRules(String task, int numClasses) {
    this.task = task;
    this.numClasses = numClasses;
  }

  LayerSpec read(int index, String type, int line, Settings f, Shape in, boolean last) {
    Map<String, Object> s = new LinkedHashMap<>();
    Shape out;
    double params;
    double macs;
    switch (type) {
      case "dense" -> {
        notSequence(f, in);
        int units = put(s, "units", f.integer("units"));
        s.put("activation", f.choice("activation"));
        out = Shape.flat(units);
        params = (double) in.size() * units + units;
        macs = (double) in.size() * units;
      }
      case "conv2d" -> {
        needsImage(f, in);
        int filters = put(s, "filters", f.integer("filters"));
        int kernel = put(s, "kernel", f.integer("kernel"));
        int stride = put(s, "stride", f.integer("stride"));
        String padding = put(s, "padding", f.choice("padding"));
        s.put("activation", f.choice("activation"));
        out = image(f, in, filters, kernel, stride, padding.equals("same"));
        params = (double) kernel * kernel * in.channels() * filters + filters;
        macs = (double) kernel * kernel * in.channels() * out.size();
      }
      case "maxpool", "avgpool" -> {
        needsImage(f, in);
        int size = put(s, "size", f.integer("size"));
        int stride = put(s, "stride", f.integer("stride", size));
        String padding = put(s, "padding", f.choice("padding"));
        out = image(f, in, in.channels(), size, stride, padding.equals("same"));
        params = 0;
        macs = (double) size * size * out.size();
      }
      case "batchnorm" -> {
        notSequence(f, in);
        out = in;
        // gamma, beta, and the running mean and variance, per channel (or per feature).
        params = 4.0 * (in.kind() == Shape.Kind.IMAGE ? in.channels() : in.size());
        macs = 2.0 * in.size();
      }
      case "dropout" -> {
        s.put("rate", f.number("rate"));
        out = in;
        params = 0;
        macs = in.elements();
      }
      case "lstm" -> {
        if (in.kind() != Shape.Kind.SEQUENCE) {
          throw in.kind() == Shape.Kind.FLAT
              ? f.error(null, DslCode.LSTM_NEEDS_SEQUENCE_FLAT, "" + in.size())
              : f.error(
                  null,
                  DslCode.LSTM_NEEDS_SEQUENCE_IMAGE,
                  "" + in.channels(),
                  "" + in.height(),
                  "" + in.width());
        }
        int units = put(s, "units", f.integer("units"));
        s.put("activation", f.choice("activation"));
        boolean sequences = put(s, "returnSequences", f.flag("returnSequences"));
        if (sequences && last) {
          throw f.error(f.raw("returnSequences"), DslCode.LAST_RETURNS_SEQUENCES);
        }
        out = sequences ? Shape.sequence(units, in.height()) : Shape.flat(units);
        params = 4.0 * units * ((double) in.size() + units + 1);
        macs = 4.0 * units * ((double) in.size() + units) * in.height();
      }
      case "output" -> {
        if (!last) {
          throw f.error(null, DslCode.OUTPUT_NOT_LAST);
        }
        notSequence(f, in);
        boolean classification = task.equals("classification");
        int units = put(s, "units", f.integer("units", numClasses));
        if (units != numClasses) {
          throw classification
              ? f.error(f.raw("units"), DslCode.OUTPUT_UNITS_CLASSES, "" + units, "" + numClasses)
              : f.error(f.raw("units"), DslCode.OUTPUT_UNITS_REGRESSION, "" + units);
        }
        s.put("activation", f.choice("activation", classification ? "softmax" : "identity"));
        s.put("loss", f.choice("loss", classification ? "mcxent" : "mse"));
        out = Shape.flat(units);
        params = (double) in.size() * units + units;
        macs = (double) in.size() * units;
      }
      default -> throw new IllegalArgumentException(type);
    }
    return new LayerSpec(
        index,
        type,
        false,
        line,
        java.util.Collections.unmodifiableMap(s),
        in,
        out,
        (long) Math.min(params, Long.MAX_VALUE / 128),
        macs);
  }

  private static <T> T put(Map<String, Object> settings, String name, T value) {
    settings.put(name, value);
    return value;
  }

  private static Shape image(
      Settings f, Shape in, int channels, int kernel, int stride, boolean same) {
    return Shape.image(
        channels,
        outSize(f, in.height(), kernel, stride, same),
        outSize(f, in.width(), kernel, stride, same));
  }

  private static int outSize(Settings f, int size, int kernel, int stride, boolean same) {
    if (same) {
      return (size + stride - 1) / stride;
    }
    if (kernel > size) {
      throw f.error(null, DslCode.WINDOW_TOO_BIG, "" + kernel, "" + size);
    }
    return (size - kernel) / stride + 1;
  }

  private static void needsImage(Settings f, Shape in) {
    if (in.kind() == Shape.Kind.FLAT) {
      throw f.error(null, DslCode.NEEDS_IMAGE_FLAT, "" + in.size());
    }
    if (in.kind() == Shape.Kind.SEQUENCE) {
      throw f.error(null, DslCode.NEEDS_IMAGE_SEQUENCE, "" + in.height(), "" + in.size());
    }
  }

  private static void notSequence(Settings f, Shape in) {
    if (in.kind() == Shape.Kind.SEQUENCE) {
      throw f.error(null, DslCode.NOT_SEQUENCE, "" + in.height(), "" + in.size());
    }
  }
}
