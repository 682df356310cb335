extension PracticeSession {
  /// Whether the teacher still has to open the conversation (a bad-news conversation the school asked for).
  public var teacherOpensNow: Bool {
    scenario.teacherOpens && state.turn == 0 && ending == nil
  }

  /// The check of the teacher's opening, once given, in a conversation the teacher opens.
  public var openingCheck: OpeningCheck? {
    guard scenario.teacherOpens,
      let first = transcript.turns.first(where: { $0.speaker == .docent && $0.counts })
    else { return nil }
    return OpeningCheck(
      ReplyAnalysis(text: first.text, markers: first.markers ?? [], iMessageParts: first.iMessageParts ?? []))
  }

  /// The opening line from the preparation, when the teacher opens and presses Enter on an empty line.
  func preparedOpening(or line: String) -> String {
    guard teacherOpensNow, line.trimmingCharacters(in: .whitespaces).isEmpty,
      let prepared = transcript.preparation?.answer(.opening)
    else { return line }
    return prepared
  }

  /// What the screen shows after the briefing: the parent's first line, or when the teacher opens, the
  /// invitation to open (with the prepared opening line on Enter).
  func openingText() -> String {
    guard scenario.teacherOpens else { return renderer.render(openingEvents) }
    return renderer.teacherOpens(prepared: transcript.preparation?.answer(.opening))
  }
}
