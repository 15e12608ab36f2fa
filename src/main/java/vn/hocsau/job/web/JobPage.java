package vn.hocsau.job.web;

import java.util.List;
import vn.hocsau.job.JobState;

/**
 * Everything the job page shows, already worded for the viewer's language.
 *
 * @param stateLabel the state in words
 * @param jobsAhead queued jobs claims take before this one; null unless queued
 * @param eta the likely time left ({@code h:mm:ss}); null when not applicable or unknown
 * @param etaUnknown whether an estimate applies but there is no history to make one
 * @param percent training progress over epochs, 0 to 100; null when the epochs are unknown
 * @param lastSeq the highest event seq shown, -1 for none
 * @param verdict how it ended in words (the error class explained); null while not finished
 * @param message the runner's message, without library noise; null when there is none
 * @param computeUsed compute time charged ({@code h:mm:ss})
 * @param notCharged whether the job ended with its charge waived (a platform fault, a quick
 *     refusal, a cancel before it ran): the page says so beside the time
 * @param usage what the sandbox used, as reported; empty when nothing was
 * @param diagnosed whether the run is over and its curves were read for advice
 * @param advice the training diagnosis in words, most urgent first; empty when nothing looks wrong
 * @param secondsPerEpoch the job's own seconds per epoch by the trainer's clock; null when unknown
 * @param problem what the trainer found, in the viewer's language with its line and column (a
 *     misspelled layer type, a compile error, a diverged loss); null when the runner sent no code,
 *     or one this platform cannot word
 * @param messageRepeats whether {@code message} only says {@code problem} again in the trainer's
 *     English, so the page leaves it out (javac's text, for one, says more and stays)
 * @param errorClassLabel the error class in words ({@link VerdictText#name}); null while not
 *     finished
 */
public record JobPage(
    long id,
    String kind,
    String resource,
    JobState state,
    String stateLabel,
    boolean finished,
    boolean cancellable,
    boolean cancelRequested,
    int attempt,
    int maxAttempts,
    String queuedAt,
    String startedAt,
    String finishedAt,
    Long jobsAhead,
    String eta,
    boolean etaUnknown,
    int epoch,
    int epochs,
    Integer percent,
    List<TrainingProgress.EpochRow> epochRows,
    List<String> logLines,
    long lastSeq,
    String errorClass,
    String verdict,
    String message,
    String computeUsed,
    boolean notCharged,
    String usage,
    boolean diagnosed,
    List<String> advice,
    Double secondsPerEpoch,
    String problem,
    boolean messageRepeats,
    String errorClassLabel,
    JobSource.Submitted submitted) {}
