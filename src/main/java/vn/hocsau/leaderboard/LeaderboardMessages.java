package vn.hocsau.leaderboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of leaderboards: the public and private boards, final selection and moderation. Texts
 * live in {@code messages/board_vi.properties} and {@code messages/board_en.properties}; templates
 * use them as {@code {board:key}}.
 */
@MessageBundle(value = "board", locale = "vi")
public interface LeaderboardMessages {

  @Message
  String board_title(String lab);

  @Message
  String board_tabs_label();

  @Message
  String board_public();

  @Message
  String board_private();

  @Message
  String board_metric(String metric);

  @Message
  String board_deadline(String when);

  @Message
  String board_frozen(String when);

  @Message
  String board_reveal_at(String when);

  @Message
  String board_revealed();

  @Message
  String board_rank();

  @Message
  String board_name();

  @Message
  String board_score();

  @Message
  String board_submissions();

  @Message
  String board_you();

  @Message
  String board_my_rank(int rank);

  @Message
  String board_jump_to_me();

  @Message
  String board_not_ranked();

  @Message
  String board_empty();

  @Message
  String board_total(long total);

  @Message
  String board_page(int page, int pages);

  @Message
  String board_pagination_label();

  @Message
  String board_previous();

  @Message
  String board_next();

  @Message
  String board_csv();

  @Message
  String board_my_submissions();

  @Message
  String board_view_leaderboard();

  @Message
  String board_history_title(String lab);

  @Message
  String board_history_empty();

  @Message
  String board_history_when();

  @Message
  String board_history_status();

  @Message
  String board_public_score();

  @Message
  String board_private_score();

  @Message
  String board_final();

  @Message
  String board_select();

  @Message
  String board_unselect();

  @Message
  String board_selected_count(int selected, int max);

  @Message
  String board_fallback(int max);

  @Message
  String board_counts();

  @Message
  String board_private_hidden();

  @Message
  String board_selection_closed();

  @Message
  String board_status_pending();

  @Message
  String board_status_scored();

  @Message
  String board_status_invalid();

  @Message
  String board_status_failed();

  @Message
  String board_final_not_scored();

  @Message
  String board_final_limit(int max);

  @Message
  String board_final_after_deadline();

  @Message
  String board_status_disqualified();

  @Message
  String board_disqualified_reason(String reason);

  @Message
  String moderation_title(String lab);

  @Message
  String moderation_intro();

  @Message
  String moderation_empty();

  @Message
  String moderation_action();

  @Message
  String moderation_reason();

  @Message
  String moderation_disqualify();

  @Message
  String moderation_reinstate();

  @Message
  String moderation_history();

  @Message
  String moderation_history_empty();

  @Message
  String moderation_by();

  @Message
  String moderation_disqualified();

  @Message
  String moderation_reinstated();

  @Message
  String moderation_link();
}
