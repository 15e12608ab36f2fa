package vn.hocsau.trainer.layers;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Copies a stock DL4J layer configuration into one of our subclasses of it. DL4J's builders have
 * private constructors, so a subclass cannot be built through them; copying every field the stock
 * class declares keeps all of the builder's defaults and the learner's settings, whatever DL4J adds
 * to its configuration classes.
 */
final class ConfCopy {

  private ConfCopy() {}

  static <S, T extends S> T into(T target, S source, Class<S> stockClass) {
    for (Class<?> c = stockClass; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        try {
          field.setAccessible(true);
          field.set(target, field.get(source));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot copy " + field, e);
        }
      }
    }
    return target;
  }
}
