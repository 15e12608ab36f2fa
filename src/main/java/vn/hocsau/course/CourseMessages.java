package vn.hocsau.course;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of courses: the catalog, course and lesson pages, learning paths, figures, the course
 * editor, instructors, the instructor dashboard and the course import. Texts live in {@code
 * messages/course_vi.properties} and {@code messages/course_en.properties}; templates use them as
 * {@code {course:key}}.
 */
@MessageBundle(value = "course", locale = "vi")
public interface CourseMessages {

  @Message
  String catalog_title();

  @Message
  String catalog_empty();

  @Message
  String catalog_search_label();

  @Message
  String catalog_search_button();

  @Message
  String catalog_filter_level();

  @Message
  String catalog_filter_tag();

  @Message
  String catalog_filter_lang();

  @Message
  String catalog_any();

  @Message
  String catalog_no_match();

  @Message
  String catalog_clear();

  @Message
  String level_beginner();

  @Message
  String level_intermediate();

  @Message
  String level_advanced();

  @Message
  String course_minutes(int minutes);

  @Message
  String course_syllabus();

  @Message
  String course_prerequisites();

  @Message
  String course_prereq_done();

  @Message
  String course_prereq_enrolled();

  @Message
  String course_prereq_not_started();

  @Message
  String course_enrol();

  @Message
  String course_unenrol();

  @Message
  String course_login_to_enrol();

  @Message
  String course_enrolled();

  @Message
  String course_continue();

  @Message
  String course_start();

  @Message
  String course_progress(int done, int total);

  @Message
  String course_lesson_done();

  @Message
  String lesson_fallback_vi();

  @Message
  String lesson_fallback_en();

  @Message
  String lesson_prev();

  @Message
  String lesson_next();

  @Message
  String lesson_pager();

  @Message
  String lesson_mark_done();

  @Message
  String lesson_is_done();

  @Message
  String lesson_module_progress(int done, int total);

  @Message
  String lesson_back_to_course();

  @Message
  String admin_import_title();

  @Message
  String admin_import_intro(String dir);

  @Message
  String admin_import_run();

  @Message
  String admin_import_counts(int created, int updated, int unchanged);

  @Message
  String admin_import_rejected();

  @Message
  String admin_import_problems();

  @Message
  String quiz_link();

  @Message
  String course_labs();

  @Message
  String course_lab_lab();

  @Message
  String course_lab_competition();

  @Message
  String course_rule_all_lessons();

  @Message
  String course_rule_lessons_quizzes();

  @Message
  String course_rule_min_score(int score);

  @Message
  String course_quizzes_passed(int passed, int total);

  @Message
  String course_completed();

  @Message
  String course_completion_percent(int percent);

  @Message
  String admin_import_unpublished();

  @Message
  String path_title();

  @Message
  String path_intro();

  @Message
  String path_empty();

  @Message
  String path_coming_soon();

  @Message
  String path_status_completed();

  @Message
  String path_status_in_progress(int percent);

  @Message
  String path_status_not_started();

  @Message
  String path_next();

  @Message
  String path_login();

  @Message
  String editor_courses_title();

  @Message
  String editor_col_course();

  @Message
  String editor_col_state();

  @Message
  String editor_col_actions();

  @Message
  String editor_unpublished();

  @Message
  String editor_published();

  @Message
  String editor_has_edits();

  @Message
  String editor_edit();

  @Message
  String editor_export();

  @Message
  String editor_course_title(String title);

  @Message
  String editor_export_zip();

  @Message
  String editor_view_course();

  @Message
  String editor_files_win();

  @Message
  String editor_version(int version);

  @Message
  String editor_unexported(String slug);

  @Message
  String editor_lesson_title(String lesson);

  @Message
  String editor_back_to_course();

  @Message
  String editor_view_lesson();

  @Message
  String editor_saved();

  @Message
  String editor_problems();

  @Message
  String editor_minutes();

  @Message
  String editor_field_title();

  @Message
  String editor_field_markdown();

  @Message
  String editor_blank_language();

  @Message
  String editor_preview();

  @Message
  String editor_save();

  @Message
  String editor_preview_title();

  @Message
  String editor_dashboard();

  @Message
  String dash_title(String title);

  @Message
  String dash_learners(long learners);

  @Message
  String dash_weeks();

  @Message
  String dash_no_enrolments();

  @Message
  String dash_week_of();

  @Message
  String dash_enrolments();

  @Message
  String dash_funnel();

  @Message
  String dash_module();

  @Message
  String dash_started();

  @Message
  String dash_finished();

  @Message
  String dash_quiz_passed();

  @Message
  String dash_items();

  @Message
  String dash_items_help();

  @Message
  String dash_attempts(int attempts);

  @Message
  String dash_question();

  @Message
  String dash_facility();

  @Message
  String dash_discrimination();

  @Message
  String dash_flags();

  @Message
  String dash_flag_too_hard();

  @Message
  String dash_flag_too_easy();

  @Message
  String dash_flag_low_discrimination();

  @Message
  String editor_quiz_gift();

  @Message
  String editor_edit_quiz();

  @Message
  String editor_quiz_title(String module);

  @Message
  String editor_quiz_saved();

  @Message
  String editor_quiz_help();

  @Message
  String editor_gift_title();

  @Message
  String editor_gift_paste();

  @Message
  String editor_gift_language();

  @Message
  String editor_gift_add();

  @Message
  String editor_gift_errors();

  @Message
  String gift_line(int line);

  // --- Quiz editor forms and GIFT upload (quizform) ---

  @Message
  String editor_qf_title();

  @Message
  String editor_qf_none();

  @Message
  String editor_qf_id();

  @Message
  String editor_qf_type();

  @Message
  String editor_qf_edit();

  @Message
  String editor_qf_delete();

  @Message
  String editor_qf_add();

  @Message
  String editor_qf_add_button();

  @Message
  String editor_qf_type_single();

  @Message
  String editor_qf_type_multi();

  @Message
  String editor_qf_type_numeric();

  @Message
  String editor_qf_type_text();

  @Message
  String editor_qf_type_ordering();

  @Message
  String editor_qf_advanced();

  @Message
  String editor_gift_file(int kib);

  @Message
  String editor_gift_upload();

  @Message
  String course_labs_passed(int passed, int total);

  @Message
  String instructors_title(String course);

  @Message
  String instructors_intro();

  @Message
  String instructors_none();

  @Message
  String instructors_name();

  @Message
  String instructors_email();

  @Message
  String instructors_add();

  @Message
  String instructors_remove();

  @Message
  String instructors_unknown_email();

  @Message
  String course_missing_title();

  @Message
  String course_missing_lessons(int count);

  @Message
  String course_missing_quiz(String title, String min);

  @Message
  String course_missing_lab(String title, String min);

  @Message
  String course_certificate_link();

  @Message
  String course_rule_named();

  @Message
  String figure_input();

  @Message
  String figure_weight();

  @Message
  String figure_bias();

  @Message
  String figure_activation();

  @Message
  String figure_step_function();

  @Message
  String figure_activation_plot();

  @Message
  String figure_output();

  @Message
  String figure_learning_rate();

  @Message
  String figure_step();

  @Message
  String figure_run();

  @Message
  String figure_pause();

  @Message
  String figure_reset();

  @Message
  String figure_loss_surface();

  @Message
  String figure_tap_to_start();

  @Message
  String figure_iteration();

  @Message
  String figure_loss();

  @Message
  String figure_diverged();

  @Message
  String figure_filter();

  @Message
  String figure_filter_vertical();

  @Message
  String figure_filter_horizontal();

  @Message
  String figure_filter_blur();

  @Message
  String figure_filter_sharpen();

  @Message
  String figure_position();

  @Message
  String figure_convolution_plot();

  @Message
  String figure_dataset();

  @Message
  String figure_data_circle();

  @Message
  String figure_data_xor();

  @Message
  String figure_data_wave();

  @Message
  String figure_hidden_units();

  @Message
  String figure_training_plot();

  @Message
  String figure_epoch();

  @Message
  String figure_accuracy();

  @Message
  String push_refused_not_a_zip();

  @Message
  String push_refused_unsafe_name(String name);

  @Message
  String push_refused_too_large(String max);

  @Message
  String push_refused_no_course();

  @Message
  String push_refused_not_instructor(String course);

  @Message
  String push_history_kept(long enrolments, long lessonsDone);

  @Message
  String step_next_quiz(String title);

  @Message
  String step_next_lab(String title);

  @Message
  String tag_neural_networks();

  @Message
  String tag_cnn();

  @Message
  String tag_rnn();

  @Message
  String tag_transformers();

  @Message
  String tag_fashion_mnist();

  @Message
  String tag_gradient_descent();

  @Message
  String tag_basics();
}
