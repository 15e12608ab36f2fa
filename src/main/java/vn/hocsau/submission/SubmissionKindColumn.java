package vn.hocsau.submission;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.hocsau.content.SubmissionKind;

/** Stores a {@link SubmissionKind} in {@code lab_submission.kind} by its key. */
@Converter
public class SubmissionKindColumn implements AttributeConverter<SubmissionKind, String> {

  @Override
  public String convertToDatabaseColumn(SubmissionKind kind) {
    return kind == null ? null : kind.key();
  }

  @Override
  public SubmissionKind convertToEntityAttribute(String key) {
    return key == null ? null : SubmissionKind.of(key);
  }
}
