import Foundation

/// The professional ending in a session for two: the teacher says closing words, the `EndingFlow` judges them,
/// and the colleague plays the parent's reaction (a protest, accepting, or walking out).
extension TogetherSession {
  /// Starts the closing: early, or on time once the parent has signalled that time is running out.
  mutating func beginClosing(timeUp: Bool) -> String {
    let kind: EndingKind = timeUp || state.timeWarningGiven ? .opTijd : .vroeg
    ending = EndingFlow(
      kind: kind, startedAtTurn: state.turn, parentIntensity: engine.emotion(of: state).intensity)
    turn = .closing
    return renderer.base.closingStarted(kind, timeUp: timeUp)
  }

  /// One line of the teacher during the closing: closing words, done (empty line, `/klaar`, `/stop`), or a command.
  mutating func closingWords(_ line: String) -> String {
    switch SessionCommand.parse(line) {
    case .success(.klaar)?, .success(.stop)?:
      return closingStep(ending!.done(endOfInput: false))
    case .success(.hulp)?:
      return renderer.base.closingHelp()
    case .success(.kaart)?:
      return renderer.base.card()
    case .success(.tip)?:
      return renderer.base.closingTip(ending?.kind ?? .vroeg)
    case .success(.opnieuw)?:
      return renderer.base.noTakeBackWhileClosing()
    case .failure(let unknown)?:
      return renderer.base.unknownCommand(unknown.word)
    case nil:
      let reply = line.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !reply.isEmpty else { return closingStep(ending!.done(endOfInput: false)) }
      let analysis = engine.analyzer.analyzeBounded(reply)
      transcript.turns.append(
        TranscriptTurn(
          speaker: .docent, text: analysis.text, markers: analysis.markers, iMessageParts: analysis.iMessageParts,
          emotion: engine.emotion(of: state)))
      let step = ending!.add(analysis)
      return [renderer.base.closingFeedback(analysis), closingStep(step)].filter { !$0.isEmpty }
        .joined(separator: "\n")
    }
  }

  /// What a step of the closing means: more words, or the parent's reaction for the colleague to play.
  private mutating func closingStep(_ step: EndingFlow.Step) -> String {
    guard let flow = ending else { return "" }
    var lines: [String] = []
    switch step {
    case .noted:
      if flow.replies.count == 1 { lines.append(renderer.base.closingMore()) }
    case .nothingSaidYet:
      lines.append(renderer.base.closingNeedsWords())
    case .protest:
      lines.append(renderer.closingAdvice("Er is nog geen concrete vervolgstap: protesteer één keer."))
    case .finished(let reaction):
      lines.append(renderer.closingAdvice(reaction.sentence))
    }
    if let (line, emotion) = engine.closingLine(
      for: step, kind: flow.kind, closingWords: flow.replies.map(\.text), in: &state)
    {
      queue = [.parent(suggestion: line, emotion: emotion)]
      lines.append(advance())
    } else if case .finished = step {
      lines.append(advance())
    }
    return lines.filter { !$0.isEmpty }.joined(separator: "\n")
  }
}
