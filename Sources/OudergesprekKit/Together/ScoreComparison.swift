/// A colleague's scores beside the analyser's, per criterion, with the differences worth talking about.
///
/// Stored in the transcript as `review`; every field is optional so a session cut short still records what it has.
public struct ScoreComparison: Sendable, Equatable, Codable {
  /// One criterion: both scores (nil when not given) and why the analyser gave its score.
  public struct Row: Sendable, Equatable, Codable {
    public var criterion: AssessmentCriterion
    public var colleague: Int?
    public var analyser: Int?
    public var analyserExplanation: String?

    public init(criterion: AssessmentCriterion, colleague: Int?, analyser: Int?, analyserExplanation: String?) {
      self.criterion = criterion
      self.colleague = colleague
      self.analyser = analyser
      self.analyserExplanation = analyserExplanation
    }

    /// The colleague's score minus the analyser's; nil when either is missing.
    public var difference: Int? {
      guard let colleague, let analyser else { return nil }
      return colleague - analyser
    }

    /// Whether the two views differ enough to talk about.
    public var differs: Bool { abs(difference ?? 0) >= ScoreComparison.notableDifference }
  }

  /// From this many points apart, the two views are shown as a difference to discuss.
  public static let notableDifference = 2

  public var rows: [Row]
  /// The colleague's comment, if they gave one.
  public var comment: String?

  /// The rows for all criteria, in order: the colleague's scores so far beside the analyser's view of the session
  /// (`SessionReview.view(on:)`, the same view the self-assessment in the report is set beside).
  public init(colleague: [AssessmentCriterion: Int], transcript: Transcript, comment: String? = nil) {
    let review = SessionReview(transcript)
    self.init(colleague: colleague, analyser: { review.view(on: $0) }, comment: comment)
  }

  /// The rows from the colleague's scores and an analyser's view per criterion.
  public init(
    colleague: [AssessmentCriterion: Int], analyser: (AssessmentCriterion) -> SessionReview.CriterionView,
    comment: String? = nil
  ) {
    rows = AssessmentCriterion.allCases.map { criterion in
      let view = analyser(criterion)
      return Row(
        criterion: criterion, colleague: colleague[criterion], analyser: view.score, analyserExplanation: view.reason)
    }
    self.comment = comment
  }

  /// The rows where the colleague and the analyser are two or more points apart.
  public var differences: [Row] { rows.filter(\.differs) }

  /// The colleague's score for a criterion, if given.
  public func colleague(_ criterion: AssessmentCriterion) -> Int? {
    rows.first { $0.criterion == criterion }?.colleague
  }
}
