extension ConversationEngine {
  /// The scenario's lines for time running out that she can say now: once what happens next was said (a proposal,
  /// a next step explained), not a line that asks it ("Wat spreken we af?") as if nobody did; such a line without
  /// its question when no other is left ("Ik moet zo weer naar mijn eigen school."), none when nothing is left.
  func timeWarningLines(progress: StoryProgress) -> [String] {
    let lines = scenario.timeWarningLines
    guard progress.nextStepTurn != nil else { return lines }
    let whole = lines.filter { !DutchStoryWords.asksNextStep($0) }
    if !whole.isEmpty { return whole }
    return lines.map { line in
      StoryReading.sentences(of: line).filter { !DutchStoryWords.asksNextStep($0) }.joined()
        .trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }
}
