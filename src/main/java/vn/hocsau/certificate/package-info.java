/**
 * Certificates anyone can verify.
 *
 * <p>Owns {@code certificate} and {@code certificate_audit} (V41, V42). It reads what it certifies
 * through the owners' services: course completion ({@code course.progress.CompletionService}), quiz
 * attempts and lab passes ({@code submission.LabGrades}), and the learner's name ({@code account});
 * it observes their events ({@code LessonDone}, {@code QuizAttemptRecorded}, {@code
 * LabPassRecorded}, {@code LabRescored}) after commit to issue at once. No other feature uses this
 * package.
 *
 * <p>A certificate is a record in RFC 8785 canonical JSON ({@link
 * vn.hocsau.certificate.CanonicalJson}) signed with Ed25519; the stored text is exactly the signed
 * text, and every page, PDF and badge is built only from a record whose signature verifies. The
 * signing key never leaves {@link vn.hocsau.certificate.CertificateKeys}.
 */
package vn.hocsau.certificate;
