package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.hocsau.dsl.DslCode;
import vn.hocsau.dsl.Place;
import vn.hocsau.job.TrainerProblem;
import vn.hocsau.job.TrainerProblemWording;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * Words the network DSL's codes ({@code dsl_…}) a trainer reports, with the same sentences as the
 * pre-flight check ({@link DslText}), so a config problem reads the same on the lab page and on the
 * job page. A code the DSL does not have, or too few arguments for it, give nothing.
 */
@ApplicationScoped
public class DslProblemWording implements TrainerProblemWording {

  @Override
  public Optional<String> word(TrainerProblem problem, Language language) {
    DslCode code = code(problem.code());
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          DslText.message(
              code,
              place(problem.place()),
              problem.args(),
              problem.line(),
              problem.column(),
              Bundles.in(language, LabMessages.class)));
    } catch (IndexOutOfBoundsException tooFewArguments) {
      return Optional.empty();
    }
  }

  private static DslCode code(String key) {
    for (DslCode code : DslCode.values()) {
      if (code.key().equals(key)) {
        return code;
      }
    }
    return null;
  }

  /** The place as the DSL names it; an unknown part reads as the whole document (no place). */
  private static Place place(TrainerProblem.Place where) {
    if (where != null) {
      for (Place.Part part : Place.Part.values()) {
        if (part.name().equals(where.part()) && (part != Place.Part.LAYER || where.layer() > 0)) {
          return new Place(part, where.layer(), where.type());
        }
      }
    }
    return new Place(Place.Part.DOCUMENT, 0, null);
  }
}
