package vn.hocsau.dsl;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** "Did you mean": the known name a misspelt one most likely was. */
public final class Suggest {

  private Suggest() {}

  /** The known name within edit distance 2 of {@code name}, if there is exactly a closest one. */
  public static String nearest(String name, Collection<String> known) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(known)) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      // Ties go to the candidate of the same length: 'rleu' is a swapped 'relu', not 'elu'.
      int score = distance * 2 + (candidate.length() == name.length() ? 0 : 1);
      if (distance <= (name.length() <= 3 ? 1 : 2) && score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /** Edit distance where swapping two neighbouring letters counts as one edit. */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
