package vn.hocsau.quiz.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The fields the question form posts. Options and items come as parallel lists ({@code choice_id},
 * {@code choice_vi}, {@code choice_en}, {@code choice_pos}); {@code correct} holds the row numbers
 * of the correct options. A row left empty in both languages is dropped.
 */
public class QuestionFormParams {

  @RestForm public String type;
  @RestForm public String points;

  @RestForm("prompt_vi")
  public String promptVi;

  @RestForm("prompt_en")
  public String promptEn;

  @RestForm("explanation_vi")
  public String explanationVi;

  @RestForm("explanation_en")
  public String explanationEn;

  @RestForm("choice_id")
  public List<String> choiceId;

  @RestForm("choice_vi")
  public List<String> choiceVi;

  @RestForm("choice_en")
  public List<String> choiceEn;

  @RestForm("choice_pos")
  public List<String> choicePos;

  @RestForm public List<String> correct;
  @RestForm public String mode;
  @RestForm public String answer;
  @RestForm public String tolerance;
  @RestForm public String min;
  @RestForm public String max;
  @RestForm public String accept;
  @RestForm public String regex;
  @RestForm public String exact;

  /** The question as sent, for question {@code id} (null for a new one) of {@code questionType}. */
  QuestionForm toForm(String id, String questionType) {
    List<Row> rows = new ArrayList<>();
    int count = Math.max(size(choiceVi), size(choiceEn));
    for (int i = 0; i < count; i++) {
      String vi = at(choiceVi, i);
      String en = at(choiceEn, i);
      if (vi.isBlank() && en.isBlank()) {
        continue;
      }
      boolean right = correct != null && correct.contains(String.valueOf(i));
      rows.add(
          new Row(position(at(choicePos, i), i), new QuestionForm.Choice(idAt(i), vi, en, right)));
    }
    if ("ordering".equals(questionType)) {
      rows.sort(Comparator.comparingDouble(Row::position));
    }
    return new QuestionForm(
        id,
        questionType,
        orEmpty(points),
        orEmpty(promptVi),
        orEmpty(promptEn),
        orEmpty(explanationVi),
        orEmpty(explanationEn),
        rows.stream().map(Row::choice).toList(),
        mode == null ? "absolute" : mode,
        orEmpty(answer),
        orEmpty(tolerance),
        orEmpty(min),
        orEmpty(max),
        orEmpty(accept),
        orEmpty(regex),
        exact != null && !exact.isBlank());
  }

  private record Row(double position, QuestionForm.Choice choice) {}

  /** A kept id only if it is a well-formed one: the form must not smuggle YAML into the file. */
  private String idAt(int i) {
    String id = at(choiceId, i).strip();
    return id.matches("[a-z0-9]+(-[a-z0-9]+)*") ? id : "";
  }

  private static double position(String text, int index) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return index + 1;
    }
  }

  private static int size(List<String> list) {
    return list == null ? 0 : list.size();
  }

  private static String at(List<String> list, int i) {
    return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
