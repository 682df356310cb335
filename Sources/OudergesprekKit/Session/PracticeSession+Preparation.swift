extension PracticeSession {
  /// The briefing alone, so that the host can ask the preparation before the conversation starts.
  public func briefing() -> String {
    renderer.briefing(seed: transcript.seed)
  }

  /// The instructions and the parent's first line: `opening()` without the briefing.
  public func start() -> String {
    [renderer.instructions(), openingText()].joined(separator: "\n\n")
  }

  /// Keeps the trainee's preparation in the transcript.
  public mutating func record(_ preparation: Preparation) {
    transcript.preparation = preparation.isEmpty ? nil : preparation
  }

  /// Keeps the trainee's self-assessment in the transcript.
  public mutating func record(_ assessment: SelfAssessment) {
    transcript.selfAssessment = assessment.scores.isEmpty ? nil : assessment
  }
}
