package vn.hocsau.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocsau.content.BilingualText;
import vn.hocsau.grading.ScoreText;
import vn.hocsau.submission.FinalChoices;
import vn.hocsau.submission.MetricNames;
import vn.hocsau.system.i18n.Language;

/**
 * Boards and final selections. Private scores leave this class only after the reveal: every view
 * that carries one checks the lab's {@link BoardPhase} first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeaderboardService {

  /** Rows per board page. */
  public static final int PAGE_SIZE = 50;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject LeaderboardRepository repository;
  @Inject FinalChoices finals;
  @Inject Clock clock;

  /** The lab's board, if the lab is published and has one. */
  public Optional<LabBoard> lab(String courseSlug, String slug) {
    return repository.lab(courseSlug, slug);
  }

  /**
   * A page of the public board, or of the private board when {@code privateBoard} and revealed
   * (before the reveal a request for the private board gets the public one). Empty when there is no
   * such board. {@code viewerId} may be {@code null}.
   */
  public Optional<BoardPage> board(
      String courseSlug,
      String slug,
      Long viewerId,
      int page,
      boolean privateBoard,
      Language language) {
    return shown(
        courseSlug,
        slug,
        viewerId,
        privateBoard,
        language,
        (total, mine) -> {
          int pages = pages(total);
          int shown = Math.min(Math.max(page, 1), pages);
          return new Window(shown, (shown - 1) * PAGE_SIZE, PAGE_SIZE);
        });
  }

  /**
   * The viewer's row and up to {@code radius} rows either side of it (the CLI's {@code leaderboard
   * --me}), across page boundaries; no rows when the viewer is not on the board. The page is the
   * one that holds the viewer's row. Empty when there is no such board.
   */
  public Optional<BoardPage> around(
      String courseSlug,
      String slug,
      long viewerId,
      int radius,
      boolean privateBoard,
      Language language) {
    return shown(
        courseSlug,
        slug,
        viewerId,
        privateBoard,
        language,
        (total, mine) -> mine.isEmpty() ? new Window(1, 0, 0) : around(mine.getAsInt(), radius));
  }

  private static Window around(int rank, int radius) {
    int first = Math.max(0, rank - 1 - radius);
    return new Window((rank - 1) / PAGE_SIZE + 1, first, rank + radius - first);
  }

  /** The rows a request shows: the page it is counted as, the first row (0-based) and how many. */
  private record Window(int page, int offset, int limit) {}

  private interface WindowRule {
    Window of(long total, OptionalInt mine);
  }

  private static int pages(long total) {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  private Optional<BoardPage> shown(
      String courseSlug,
      String slug,
      Long viewerId,
      boolean privateBoard,
      Language language,
      WindowRule rule) {
    Optional<LabBoard> found = repository.lab(courseSlug, slug).filter(LabBoard::hasLeaderboard);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    LabBoard lab = found.get();
    Instant now = clock.instant();
    BoardPhase phase = lab.phase(now);
    boolean showPrivate = privateBoard && phase.revealed();
    if (showPrivate) {
      repository.ensurePrivateBoard(lab.id());
    }
    long total = showPrivate ? repository.privateCount(lab.id()) : repository.publicCount(lab.id());
    OptionalInt mine =
        viewerId == null
            ? OptionalInt.empty()
            : showPrivate
                ? repository.privateRank(lab.id(), viewerId)
                : repository.publicRank(lab.id(), viewerId);
    Window window = rule.of(total, mine);
    List<BoardRow> rows =
        window.limit() == 0
            ? List.of()
            : showPrivate
                ? repository.privateRows(lab.id(), window.offset(), window.limit())
                : repository.publicRows(lab.id(), window.offset(), window.limit());
    return Optional.of(
        new BoardPage(
            lab.path(),
            lab.courseSlug(),
            labTitle(lab, language),
            title(lab, language),
            MetricNames.of(lab.metric().key(), language),
            phase,
            showPrivate,
            format(lab.deadline(), lab.zone()),
            format(lab.revealAt(), lab.zone()),
            rows.stream()
                .map(
                    r ->
                        new BoardPage.Row(
                            r.rank(),
                            r.name(),
                            r.score(),
                            ScoreText.format(r.score()),
                            r.submissions(),
                            viewerId != null && r.userId() == viewerId))
                .toList(),
            window.page(),
            pages(total),
            total,
            mine.isPresent() ? mine.getAsInt() : null,
            mine.isPresent() ? (mine.getAsInt() - 1) / PAGE_SIZE + 1 : null,
            BoardPhase.nextChange(now, lab.deadline(), lab.revealAt())));
  }

  /** Every row of the public board, for the CSV export. */
  public Optional<List<BoardRow>> publicBoard(String courseSlug, String slug) {
    return repository
        .lab(courseSlug, slug)
        .filter(LabBoard::hasLeaderboard)
        .map(lab -> repository.publicRows(lab.id(), 0, Integer.MAX_VALUE));
  }

  /** The learner's own submissions to the lab. */
  public Optional<SubmissionHistory> history(
      String courseSlug, String slug, long userId, Language language) {
    return repository.lab(courseSlug, slug).map(lab -> history(lab, userId, language));
  }

  private SubmissionHistory history(LabBoard lab, long userId, Language language) {
    BoardPhase phase = lab.phase(clock.instant());
    List<Entry> mine = repository.entries(lab.id(), userId, false);
    Set<Long> counting =
        FinalSelection.effective(mine, lab.metric(), lab.maxFinals(), lab.deadline()).stream()
            .map(Entry::id)
            .collect(Collectors.toSet());
    int selected = (int) mine.stream().filter(Entry::selectedFinal).count();
    List<SubmissionHistory.Line> lines =
        mine.stream()
            .map(
                e ->
                    new SubmissionHistory.Line(
                        e.id(),
                        format(e.createdAt(), lab.zone()),
                        e.status(),
                        ScoreText.shown(e.publicScore()),
                        phase.revealed() && e.privateScore() != null
                            ? ScoreText.format(e.privateScore())
                            : null,
                        e.selectedFinal(),
                        counting.contains(e.id()),
                        lab.hasLeaderboard() && !phase.closed() && e.scored(),
                        e.disqualifiedReason()))
            .toList();
    return new SubmissionHistory(
        lab.path(),
        labTitle(lab, language),
        title(lab, language),
        phase,
        lab.hasLeaderboard(),
        lab.maxFinals(),
        selected,
        selected == 0,
        lines,
        null);
  }

  /**
   * Selects ({@code select}) or unselects one of the learner's submissions as final. The learner's
   * submissions are locked first, so two concurrent selections cannot exceed the maximum.
   *
   * @return false when the learner has no such submission in this lab, or the lab has no board
   * @throws LeaderboardException when the rules refuse the change
   */
  @Transactional
  public boolean choose(
      String courseSlug, String slug, long userId, long submissionId, boolean select) {
    Optional<LabBoard> found = repository.lab(courseSlug, slug).filter(LabBoard::hasLeaderboard);
    if (found.isEmpty()) {
      return false;
    }
    LabBoard lab = found.get();
    List<Entry> mine = repository.entries(lab.id(), userId, true);
    Optional<Entry> target = mine.stream().filter(e -> e.id() == submissionId).findFirst();
    if (target.isEmpty()) {
      return false;
    }
    int selected = (int) mine.stream().filter(Entry::selectedFinal).count();
    FinalSelection.checkChange(
        target.get(), select, selected, lab.maxFinals(), lab.deadline(), clock.instant());
    if (target.get().selectedFinal() != select) {
      finals.set(submissionId, select);
    }
    return true;
  }

  static String title(LabBoard lab, Language language) {
    BilingualText title = BilingualText.of(lab.courseTitleVi(), lab.courseTitleEn());
    return title.isEmpty() ? lab.courseSlug() : title.in(language);
  }

  /** The lab's own title in {@code language}, for headings; its slug only when it has none. */
  static String labTitle(LabBoard lab, Language language) {
    BilingualText title = BilingualText.of(lab.titleVi(), lab.titleEn());
    return title.isEmpty() ? lab.slug() : title.in(language);
  }

  static String format(Instant instant, ZoneId zone) {
    return instant == null ? null : WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }
}
