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
    guard scenario.story != nil else { return }
    keyFactsFound = progress.found
    schoolPointsRaised = progress.raised
    parentQuestions = progress.asked
  }
}
