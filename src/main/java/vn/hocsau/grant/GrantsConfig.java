package vn.hocsau.grant;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.ZoneId;

/** Settings of compute quotas and grants ({@code hocsau.grants.*}); see README "GPU hours". */
@ConfigMapping(prefix = "hocsau.grants")
public interface GrantsConfig {

  /**
   * GPU seconds every learner may use per week in a course that sets no quota of its own (5 hours).
   */
  @WithDefault("18000")
  long weeklyGpuSeconds();

  /**
   * GPU seconds one second of a CPU slot costs: a CPU job's charged slot time is multiplied by
   * this. A GPU slot's second costs one GPU second.
   */
  @WithDefault("0.1")
  double cpuRate();

  /** The time zone in which weeks start. */
  @WithDefault("Asia/Ho_Chi_Minh")
  ZoneId timeZone();

  /** The day a week starts, at midnight in {@link #timeZone()}. */
  @WithDefault("MONDAY")
  DayOfWeek weekStart();

  /**
   * GPU seconds added to the weekly quota while the learner has an application waiting for a
   * decision or for their answer (1 hour), so they can keep working meanwhile.
   */
  @WithDefault("3600")
  long starterGpuSeconds();

  /** Fewest characters in an application's letter. */
  @WithDefault("200")
  int letterMinChars();

  /** Most characters in an application's letter. */
  @WithDefault("5000")
  int letterMaxChars();

  /** Most GPU hours per week one application may ask for. */
  @WithDefault("40")
  int maxHoursPerWeek();

  /** Most weeks one application may ask for. */
  @WithDefault("8")
  int maxWeeks();

  /** Days a decision usually takes, as told to learners. */
  @WithDefault("3")
  int decisionDays();

  /** Most characters of a reviewer's reason, question or note. */
  @WithDefault("1000")
  int noteMaxChars();
}
