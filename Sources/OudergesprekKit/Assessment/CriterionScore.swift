/// A score from 1 (nog niet) to 5 (uitstekend) on one criterion, with the reason in Dutch.
public struct CriterionScore: Sendable, Equatable {
  public var criterion: AssessmentCriterion
  /// 1 to 5.
  public var score: Int
  /// Why, in Dutch: what was counted.
  public var explanation: String

  public init(criterion: AssessmentCriterion, score: Int, explanation: String) {
    self.criterion = criterion
    self.score = min(5, max(1, score))
    self.explanation = explanation
  }

  /// The valid range of a score.
  public static let range = 1...5
}
