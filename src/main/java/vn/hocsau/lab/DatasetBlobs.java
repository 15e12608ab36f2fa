package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.hocsau.job.runner.RunnerBlobs;

/** The blobs runners may fetch, from {@link DatasetRepository}: dataset files and model zips. */
@ApplicationScoped
public class DatasetBlobs implements RunnerBlobs {

  @Inject DatasetRepository datasets;

  @Override
  public boolean servableToRunner(String sha256) {
    return datasets.servableToRunner(sha256);
  }

  @Override
  public Optional<byte[]> blob(String sha256) {
    return datasets.blob(sha256);
  }
}
