package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hocsau.system.Sha256;

/**
 * Files a runner uploads for a running attempt, such as {@code predictions.csv}. Sizes and counts
 * are capped, and names are plain: no path can be formed from one.
 */
@ApplicationScoped
@Transactional
public class JobOutputs {

  /** A letter or digit, then up to 63 of letters, digits, '.', '_' and '-'. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** An uploaded file as listed to its job's owner: name, size in bytes and SHA-256 (hex). */
  public record Stored(String name, long size, String sha256) {}

  @Inject JobAttempts attempts;
  @Inject JobOutputRepository outputs;
  @Inject QueueConfig config;
  @Inject Clock clock;

  /** Checks the name of an output, before its body is read. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new RunnerApiException(
          RunnerProblem.INVALID_OUTPUT_NAME, m -> m.err_runner_output_name());
    }
  }

  /**
   * Reads an upload, refusing it as soon as it is over the cap; a declared length over the cap is
   * refused before reading anything.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] readCapped(InputStream body, Long declaredLength) {
    int max = config.outputMaxBytes();
    if (declaredLength != null && declaredLength > max) {
      throw tooLarge();
    }
    try (InputStream in = body) {
      byte[] bytes = in == null ? new byte[0] : in.readNBytes(max + 1);
      if (bytes.length > max) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores an output of a running attempt, replacing an earlier upload of the same name. */
  public OutputReply store(Long jobId, int attempt, Long runnerId, String name, byte[] bytes) {
    checkName(name);
    attempts.running(jobId, attempt, runnerId, LockModeType.PESSIMISTIC_READ);
    List<String> existing = outputs.names(jobId, attempt);
    if (!existing.contains(name) && existing.size() >= config.outputsPerAttempt()) {
      throw new RunnerApiException(
          RunnerProblem.OUTPUT_LIMIT, m -> m.err_runner_output_count(config.outputsPerAttempt()));
    }
    String sha256 = sha256(bytes);
    outputs.upsert(jobId, attempt, name, bytes, sha256, clock.instant());
    return new OutputReply(name, bytes.length, sha256);
  }

  /** An uploaded file of one attempt, e.g. for scoring after the job has finished. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<byte[]> read(Long jobId, int attempt, String name) {
    return outputs.bytes(jobId, attempt, name);
  }

  /** The files an attempt uploaded, by name, without their bytes. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Stored> list(Long jobId, int attempt) {
    return outputs.listed(jobId, attempt);
  }

  private RunnerApiException tooLarge() {
    return new RunnerApiException(
        RunnerProblem.OUTPUT_LIMIT, m -> m.err_runner_output_size(config.outputMaxBytes()));
  }

  private static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
