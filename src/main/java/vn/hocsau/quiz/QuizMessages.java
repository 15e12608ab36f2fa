package vn.hocsau.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of quizzes: taking one, the question form and GIFT import of the quiz editor, and the
 * gradebook. Texts live in {@code messages/quiz_vi.properties} and {@code
 * messages/quiz_en.properties}; templates use them as {@code {quiz:key}}.
 */
@MessageBundle(value = "quiz", locale = "vi")
public interface QuizMessages {

  @Message
  String quiz_title(String title);

  @Message
  String quiz_attempts_used(int used);

  @Message
  String quiz_attempts_left(int left);

  @Message
  String quiz_attempts_unlimited();

  @Message
  String quiz_pass_mark(int mark);

  @Message
  String quiz_best(String best);

  @Message
  String quiz_no_attempts_left();

  @Message
  String quiz_submit();

  @Message
  String quiz_try_again();

  @Message
  String quiz_result(int number, String percent);

  @Message
  String quiz_passed();

  @Message
  String quiz_not_passed();

  @Message
  String quiz_correct();

  @Message
  String quiz_incorrect();

  @Message
  String quiz_points(String score, String points);

  @Message
  String quiz_right_answer();

  @Message
  String quiz_fix_problems();

  @Message
  String quiz_problem_not_a_number();

  @Message
  String quiz_problem_not_finite();

  @Message
  String quiz_problem_too_long();

  @Message
  String quiz_problem_pattern_too_complex();

  @Message
  String quiz_problem_not_a_permutation();

  @Message
  String quiz_problem_invalid();

  @Message
  String quiz_position(int n);

  @Message
  String gradebook_title();

  @Message
  String gradebook_empty();

  @Message
  String gradebook_quiz();

  @Message
  String gradebook_best();

  @Message
  String gradebook_state();

  @Message
  String gradebook_not_attempted();

  @Message
  String gradebook_labs();

  @Message
  String gradebook_lab_score();

  @Message
  String editor_qf_prompt();

  @Message
  String editor_qf_edit_title(String id);

  @Message
  String editor_qf_new_title();

  @Message
  String editor_qf_help();

  @Message
  String editor_qf_points();

  @Message
  String editor_qf_explanation();

  @Message
  String editor_qf_options();

  @Message
  String editor_qf_correct();

  @Message
  String editor_qf_items();

  @Message
  String editor_qf_position();

  @Message
  String editor_qf_mode();

  @Message
  String editor_qf_mode_absolute();

  @Message
  String editor_qf_mode_relative();

  @Message
  String editor_qf_mode_range();

  @Message
  String editor_qf_answer();

  @Message
  String editor_qf_tolerance();

  @Message
  String editor_qf_min();

  @Message
  String editor_qf_max();

  @Message
  String editor_qf_accept();

  @Message
  String editor_qf_regex();

  @Message
  String editor_qf_exact();

  @Message
  String editor_qf_save();

  @Message
  String editor_qf_invalid();

  @Message
  String qf_err_prompt();

  @Message
  String qf_err_explanation();

  @Message
  String qf_err_points();

  @Message
  String qf_err_options();

  @Message
  String qf_err_single_correct();

  @Message
  String qf_err_multi_correct();

  @Message
  String qf_err_number();

  @Message
  String qf_err_tolerance();

  @Message
  String qf_err_range();

  @Message
  String qf_err_text();

  @Message
  String qf_err_regex();

  @Message
  String qf_err_items();

  @Message
  String gift_err_no_file();

  @Message
  String gift_err_too_big(int kib);

  @Message
  String gift_err_not_utf8();

  @Message
  String quiz_your_answer();

  @Message
  String quiz_no_answer();

  @Message
  String quiz_review_intro();

  @Message
  String quiz_explanation();

  @Message
  String gradebook_competition();
}
