package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.grading.AnswerKey;

/**
 * Registered datasets as other features use them: their public description and files, the answer
 * key for scoring (which never leaves the platform), and the content-addressed blob store, where
 * {@code submission} keeps uploaded predictions and models. {@code lab} owns the dataset and blob
 * tables; this is the one way in for everyone else.
 */
@ApplicationScoped
public class Datasets {

  @Inject DatasetRepository datasets;

  /** The registered dataset {@code slug}. */
  public Optional<DatasetRow> find(String slug) {
    return datasets.find(slug);
  }

  /** The public files of a dataset, train first. */
  public List<FileRow> files(Long datasetId) {
    return datasets.files(datasetId);
  }

  /** The hidden answers of the dataset's test set, for scoring. */
  public AnswerKey answerKey(DatasetRow dataset) {
    return datasets.answerKey(dataset);
  }

  /** The bytes stored under {@code sha256}. */
  public Optional<byte[]> blob(String sha256) {
    return datasets.blob(sha256);
  }

  /** Stores {@code bytes} once, by their SHA-256, which it returns. */
  public String putBlob(byte[] bytes, Instant now) {
    return datasets.putBlob(bytes, now);
  }
}
