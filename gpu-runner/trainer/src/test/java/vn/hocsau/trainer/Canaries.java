package vn.hocsau.trainer;

import java.io.ObjectInputStream;
import java.io.Serializable;

/**
 * Classes that record whether a hostile file got the trainer to run code: to initialise a class it
 * names (Jackson loads type ids with initialisation) or to Java-deserialise an object.
 */
final class Canaries {

  static volatile boolean initialised;
  static volatile boolean deserialised;

  private Canaries() {}

  /** Named in a hostile type id; its static initialiser must never run. */
  static final class Initialised {
    static {
      initialised = true;
    }

    private Initialised() {}
  }

  /** Java-serialised into a hostile zip; its readObject must never run. */
  static final class Serialised implements Serializable {
    private static final long serialVersionUID = 1L;

    private void readObject(ObjectInputStream in) {
      deserialised = true;
    }
  }
}
