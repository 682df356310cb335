import Foundation

extension PracticeSession {
  /// Whether the session ended through the closing flow (so end of input during the closing is a normal end).
  public var endedWithClosing: Bool { ending?.isFinished == true }

  /// Starts the closing: early, or on time once the parent has signalled that time is running out.
  mutating func beginEnding() -> String {
    let timeUp = state.turn >= scenario.turnBudget
    let kind: EndingKind = timeUp || state.timeWarningGiven ? .opTijd : .vroeg
    ending = EndingFlow(
      kind: kind, startedAtTurn: state.turn, parentIntensity: engine.emotion(of: state).intensity)
    return renderer.closingStarted(kind, timeUp: timeUp)
  }

  /// The parent is ready to make agreements: the conversation is not over until the teacher has closed it,
  /// with a summary, the agreements, the follow-up and thanks (judged as an ending on time).
  mutating func beginClosingAfterAgreement(_ events: [ConversationEvent]) -> [ConversationEvent] {
    state.outcome = nil
    ending = EndingFlow(
      kind: .opTijd, startedAtTurn: state.turn, afterAgreement: true,
      parentIntensity: engine.emotion(of: state).intensity)
    return events.filter { $0 != .ended(.opgelost) }
  }

  /// One line during the closing: closing words, an empty line or `/klaar` (done), or a command.
  mutating func handleClosing(_ line: String) -> String {
    switch SessionCommand.parse(line) {
    case .success(.klaar)?, .success(.stop)?:
      return closingDone(endOfInput: false)
    case .success(.hulp)?:
      return renderer.closingHelp()
    case .success(.kaart)?:
      return renderer.card()
    case .success(.tip)?:
      return renderer.closingTip(ending?.kind ?? .vroeg)
    case .success(.opnieuw)?:
      return renderer.noTakeBackWhileClosing()
    case .failure(let unknown)?:
      return renderer.unknownCommand(unknown.word)
    case nil:
      let reply = line.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !reply.isEmpty else { return closingDone(endOfInput: false) }
      let analysis = engine.analyzer.analyzeBounded(reply)
      record([.analysed(analysis)])
      let step = ending!.add(analysis)
      return ([renderer.closingFeedback(analysis)] + closingStep(step)).joined(separator: "\n")
    }
  }

  /// The teacher is done with the closing words (or the input ended).
  mutating func closingDone(endOfInput: Bool) -> String {
    let step = ending!.done(endOfInput: endOfInput)
    return closingStep(step).joined(separator: "\n")
  }

  /// The parent's answer to a step of the closing, and the end of the session once the closing is over.
  private mutating func closingStep(_ step: EndingFlow.Step) -> [String] {
    guard let flow = ending else { return [] }
    var lines: [String] = []
    if let (line, emotion) = engine.closingLine(
      for: step, kind: flow.kind, closingWords: flow.replies.map(\.text), in: &state)
    {
      let events: [ConversationEvent] = [.parentSpeaks(line, emotion)]
      record(events)
      lines.append(renderer.render(events))
    }
    switch step {
    case .noted:
      if flow.replies.count == 1 { lines.append(renderer.closingMore()) }
    case .nothingSaidYet:
      lines.append(renderer.closingNeedsWords())
    case .protest:
      lines.append(renderer.closingProtested())
    case .finished(let reaction):
      let (next, events) = engine.stop(state, outcome: flow.outcome ?? .gestopt)
      state = next
      record(events)
      lines.append(renderer.closingReaction(reaction))
      lines.append(renderer.render(events))
      lines.append("")
      lines.append(conclude())
    }
    return lines
  }

  /// Writes the judgements to the transcript and returns the text for the end of the session.
  mutating func conclude() -> String {
    transcript.ending = ending?.assessment
    transcript.earlyEnding = EarlyEndingReview.review(
      advisedAtTurn: state.earlyEndingAdvisedAtTurn, ending: transcript.ending, outcome: state.outcome,
      explanation: scenario.earlyEnding?.explanation)
    if holdsFeedback { return "" }
    let report = renderer.endingReport(ending: transcript.ending, earlyEnding: transcript.earlyEnding)
    return [renderer.closing(transcript), report].filter { !$0.isEmpty }.joined(separator: "\n\n")
  }
}
