extension TranscriptTurn {
  /// A parent's line with why it was chosen.
  public init(speaker: Speaker, text: String, emotion: EmotionSnapshot, choice: LineChoice?) {
    self.init(speaker: speaker, text: text, emotion: emotion)
    reason = choice?.reason
    about = choice?.about
  }
}

extension Transcript {
  /// Puts the topics recognised in the last teacher reply on that turn.
  public mutating func noteStory(_ note: StoryNote) {
    guard let index = turns.lastIndex(where: { $0.speaker == .docent }) else { return }
    turns[index].topics = note.topics
  }

  /// Copies what was found out (key facts, points raised, her questions) from the conversation's state.
  public mutating func recordStory(_ progress: StoryProgress, of scenario: Scenario) {
    guard let story = scenario.story else { return }
    keyFactsFound = progress.found
    keyFactsTotal = story.keyFacts.count
    schoolPointsRaised = progress.raised
    parentQuestions = progress.asked
  }
}

extension Transcript {
  /// The share of the story's key facts found (0 to 1); nil for a session without a story.
  public var keyFactShare: Double? {
    guard let total = keyFactsTotal, total > 0 else { return nil }
    return Double(Set((keyFactsFound ?? []).map(\.id)).count) / Double(total)
  }
}
