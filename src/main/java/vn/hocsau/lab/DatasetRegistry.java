package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hocsau.content.DatasetReader;
import vn.hocsau.content.DatasetSource;
import vn.hocsau.content.LabSource;
import vn.hocsau.content.Problems;

/**
 * Registers the datasets of {@code hocsau.labs.datasets-dir}: reads each {@code dataset.yaml},
 * hashes the files into the blob store and keeps the test labels in {@code dataset_answer}. A
 * dataset whose files are absent is skipped (its labs say "not installed"); registering unchanged
 * files again does nothing.
 */
@ApplicationScoped
public class DatasetRegistry {

  private static final Logger LOG = Logger.getLogger(DatasetRegistry.class);

  /** What registering one dataset did. */
  public enum Outcome {
    REGISTERED,
    UNCHANGED,
    NOT_INSTALLED,
    INVALID
  }

  @Inject LabConfig config;
  @Inject DatasetRepository datasets;
  @Inject Clock clock;

  /** Registers every dataset of the configured folder; returns the problems found. */
  public List<String> registerConfigured() {
    return registerAll(Path.of(config.datasetsDir()));
  }

  /**
   * The datasets of the configured folder by slug, as their {@code dataset.yaml} describes them,
   * for checking a lab against the dataset it names.
   */
  public Map<String, DatasetSource> known() {
    Map<String, DatasetSource> known = new LinkedHashMap<>();
    Path root = Path.of(config.datasetsDir());
    for (Path folder : DatasetReader.folders(root)) {
      DatasetReader.read(folder, new Problems(root)).ifPresent(d -> known.put(d.slug(), d));
    }
    return known;
  }

  /** Registers every dataset folder under {@code root}; returns the problems found. */
  public List<String> registerAll(Path root) {
    List<String> problems = new ArrayList<>();
    for (Path folder : DatasetReader.folders(root)) {
      register(folder, problems);
    }
    return problems;
  }

  /** Registers the dataset in {@code folder}. */
  public Outcome register(Path folder, List<String> problems) {
    Problems read = new Problems(folder);
    Optional<DatasetSource> source = DatasetReader.read(folder, read);
    read.found().forEach(p -> problems.add(p.toString()));
    if (source.isEmpty()) {
      return Outcome.INVALID;
    }
    if (!PreparedDataset.installed(source.get())) {
      LOG.infof("dataset %s is not installed (%s)", source.get().slug(), source.get().sourceDir());
      return Outcome.NOT_INSTALLED;
    }
    List<String> exposed = exposedHiddenFiles(source.get());
    if (!exposed.isEmpty()) {
      problems.addAll(exposed);
      return Outcome.INVALID;
    }
    try {
      return store(PreparedDataset.prepare(source.get()), problems);
    } catch (PreparedDataset.BadDataset e) {
      problems.add(source.get().slug() + "/" + e.getMessage());
      return Outcome.INVALID;
    } catch (IOException e) {
      problems.add(source.get().slug() + "/dataset.yaml:1: cannot read files: " + e.getMessage());
      return Outcome.INVALID;
    }
  }

  /**
   * One problem for each hidden file that a training sandbox could read, pointing at the {@code
   * source} line of the dataset's yaml.
   */
  private List<String> exposedHiddenFiles(DatasetSource source) {
    SandboxView view = SandboxView.of(config.sandboxVisiblePaths());
    List<String> problems = new ArrayList<>();
    for (String role : DatasetSource.HIDDEN_ROLES) {
      String name = source.files().get(role);
      if (name == null) {
        continue;
      }
      view.exposure(source.sourceDir().resolve(name))
          .ifPresent(
              why ->
                  problems.add(
                      source.slug()
                          + "/"
                          + DatasetReader.FILE
                          + ":"
                          + sourceLine(source.yamlText())
                          + ": the hidden file '"
                          + role
                          + "' would be readable by learner code: "
                          + why
                          + ". Move the dataset's files to a folder outside the sandbox's view"
                          + " (see gpu-runner/README.md, \"What a sandbox sees\")"));
    }
    return problems;
  }

  private static int sourceLine(String yaml) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("source:")) {
        return i + 1;
      }
    }
    return 1;
  }

  /**
   * Stores the dataset unless it is unchanged, or unless a public file of it or of another dataset
   * would be the same bytes as a hidden file: public files are served to runners and to learner
   * code, so such a dataset would hand out the answers.
   */
  @Transactional
  Outcome store(PreparedDataset prepared, List<String> problems) {
    String slug = prepared.source().slug();
    datasets.lock(slug);
    List<String> clashes = datasets.hiddenFileClashes(prepared);
    if (!clashes.isEmpty()) {
      clashes.forEach(
          c -> problems.add(slug + "/" + DatasetReader.FILE + ":1: refused, because " + c));
      return Outcome.INVALID;
    }
    if (datasets.fingerprint(slug).filter(prepared.fingerprint()::equals).isPresent()) {
      datasets.recordHidden(slug, prepared.hiddenSha256());
      return Outcome.UNCHANGED;
    }
    datasets.replace(prepared, clock.instant());
    return Outcome.REGISTERED;
  }

  /** The install hint of a dataset from its yaml, whether or not it is installed. */
  public String installHint(String slug) {
    if (!LabSource.SLUG.matcher(slug).matches()) {
      return "";
    }
    Path folder = Path.of(config.datasetsDir()).resolve(slug);
    return DatasetReader.read(folder, new Problems(folder)).map(DatasetSource::install).orElse("");
  }
}
