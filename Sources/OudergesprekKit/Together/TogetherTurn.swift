/// Whose turn it is in a session with a colleague, and what they are asked for.
public enum TogetherTurn: Sendable, Equatable {
  /// The colleague speaks as the parent; Enter uses `suggestion`.
  case parent(suggestion: String, emotion: EmotionSnapshot)
  /// The student's player speaks; Enter uses `suggestion`.
  case student(suggestion: String)
  /// The teacher replies to the parent (or the student).
  case teacher
  /// The teacher says their closing words (after `/stop` or when the time is up).
  case closing
  /// The colleague scores the teacher on one criterion, 1 to 5.
  case score(AssessmentCriterion)
  /// The colleague may add a comment.
  case comment
  /// The session is over.
  case finished
}
