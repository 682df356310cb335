/// The trainee's own scores (1 to 5) on the assessment criteria, given before the automatic feedback.
public struct SelfAssessment: Sendable, Equatable, Codable {
  public var scores: [Score]

  public init(scores: [Score] = []) {
    self.scores = scores
  }

  /// The trainee's score for `criterion`, if given.
  public func score(_ criterion: AssessmentCriterion) -> Int? {
    scores.first { $0.criterion == criterion }?.score
  }

  /// Sets the score for `criterion`, replacing an earlier one.
  public mutating func set(_ score: Int, for criterion: AssessmentCriterion) {
    scores.removeAll { $0.criterion == criterion }
    scores.append(Score(criterion: criterion, score: min(5, max(1, score))))
  }

  /// Reads a score as typed: a whole number from 1 to 5; nil otherwise.
  public static func parse(_ text: String) -> Int? {
    guard let value = Int(text.filter { !$0.isWhitespace }), (1...5).contains(value) else { return nil }
    return value
  }

  /// One criterion's score.
  public struct Score: Sendable, Equatable, Codable {
    public var criterion: AssessmentCriterion
    public var score: Int

    public init(criterion: AssessmentCriterion, score: Int) {
      self.criterion = criterion
      self.score = score
    }
  }
}
