/// The conversation core: a pure step from a state and a teacher's reply to the next state and events.
///
/// The engine holds only immutable things (the scenario and the analyser); all that changes is in
/// `ConversationState`, so the same scenario, seed and replies always give the same session.
public struct ConversationEngine: Sendable {
  public let scenario: Scenario
  public let analyzer: any ReplyAnalyzer

  public init(scenario: Scenario, analyzer: any ReplyAnalyzer) {
    self.scenario = scenario
    self.analyzer = analyzer
  }

  /// The first state and the parent's opening line.
  public func start(seed: UInt64) -> (ConversationState, [ConversationEvent]) {
    var state = ConversationState(emotion: scenario.emotions.start, seed: seed)
    let emotion = snapshot(state.emotion)
    let line = pick(from: currentState(state).lines, pool: "toestand:\(state.emotion)", in: &state)
    return (state, [.parentSpeaks(line, emotion)])
  }

  /// The emotion the parent is in.
  public func emotion(of state: ConversationState) -> EmotionSnapshot {
    snapshot(state.emotion)
  }

  /// Analyses the teacher's reply, moves the parent's emotion and lets the parent (and the student) answer.
  public func respond(to reply: String, in state: ConversationState) -> (ConversationState, [ConversationEvent]) {
    respond(to: analyzer.analyzeBounded(reply), in: state)
  }

  /// The same step, for a reply that was already analysed.
  public func respond(to analysis: ReplyAnalysis, in previous: ConversationState) -> (
    ConversationState, [ConversationEvent]
  ) {
    guard !previous.isOver else { return (previous, []) }
    var state = previous
    var events: [ConversationEvent] = [.analysed(analysis)]
    state.turn += 1
    state.replyMarkers.append(analysis.markers)

    let before = snapshot(state.emotion)
    if let transition = firingTransition(in: state) {
      state.emotion = transition.to
      let after = snapshot(state.emotion)
      if after != before {
        events.append(.emotionChanged(from: before, to: after, reason: transition.reason))
      }
    }
    let now = currentState(state)
    let emotion = snapshot(state.emotion)

    if let ending = now.ending {
      events.append(.parentSpeaks(pick(from: now.lines, pool: "toestand:\(now.id)", in: &state), emotion))
      state.outcome = ending
      events.append(.ended(ending))
      return (state, events)
    }

    if scenario.studentPresent, let student = scenario.student, Self.addresses(analysis.text, student: student.name),
      !now.studentLines.isEmpty
    {
      events.append(.studentSpeaks(pick(from: now.studentLines, pool: "leerling:\(now.id)", in: &state)))
    }

    let earlyEndingNow = updateEarlyEnding(&state, intensity: now.intensity)
    let line: String
    if earlyEndingNow, let rule = scenario.earlyEnding, !rule.lines.isEmpty {
      line = pick(from: rule.lines, pool: "vroegStoppen", in: &state)
    } else if let (index, reaction) = reaction(to: analysis, in: now.id) {
      line = pick(from: reaction.lines, pool: "reactie:\(index)", in: &state)
    } else {
      line = pick(from: now.lines, pool: "toestand:\(now.id)", in: &state)
    }
    events.append(.parentSpeaks(line, emotion))
    if earlyEndingNow, let rule = scenario.earlyEnding {
      events.append(.earlyEndingAdvised(explanation: rule.explanation))
    }

    let turnsLeft = scenario.turnBudget - state.turn
    if turnsLeft <= 2 && !state.timeWarningGiven {
      state.timeWarningGiven = true
      if !scenario.timeWarningLines.isEmpty {
        events.append(.parentSpeaks(pick(from: scenario.timeWarningLines, pool: "tijd", in: &state), emotion))
      }
      events.append(.timeRunningOut(turnsLeft: max(0, turnsLeft)))
    }
    if state.turn >= 2 * scenario.turnBudget {
      state.outcome = .tijdOm
      events.append(.ended(.tijdOm))
    }
    return (state, events)
  }

  /// Ends the conversation because the teacher stopped it (`/stop`, end of input, Ctrl-C).
  public func stop(_ previous: ConversationState, outcome: ConversationOutcome = .gestopt) -> (
    ConversationState, [ConversationEvent]
  ) {
    guard !previous.isOver else { return (previous, []) }
    var state = previous
    state.outcome = outcome
    return (state, [.ended(outcome)])
  }

  // MARK: - Rules

  private func currentState(_ state: ConversationState) -> EmotionState {
    // The validator guarantees that every state id the engine can reach exists.
    scenario.emotions.state(state.emotion)!
  }

  private func snapshot(_ id: String) -> EmotionSnapshot {
    EmotionSnapshot(scenario.emotions.state(id)!)
  }

  /// The first transition, in file order, that applies in the current state and whose streak is complete.
  func firingTransition(in state: ConversationState) -> EmotionTransition? {
    scenario.emotions.transitions.first { transition in
      transition.applies(in: state.emotion) && state.lastReplies(transition.inARow, all: transition.matches)
    }
  }

  private func reaction(to analysis: ReplyAnalysis, in stateID: String) -> (Int, MarkerReaction)? {
    let markers = analysis.markerSet
    for (index, reaction) in scenario.emotions.reactions.enumerated()
    where (reaction.states.isEmpty || reaction.states.contains(stateID))
      && reaction.on.contains(where: { $0.matches(markers) })
      && !reaction.lines.isEmpty
    {
      return (index, reaction)
    }
    return nil
  }

  /// Counts turns at high intensity; true on the turn at which the early-ending point is reached.
  private func updateEarlyEnding(_ state: inout ConversationState, intensity: Int) -> Bool {
    guard let rule = scenario.earlyEnding else { return false }
    state.turnsAtHighIntensity = intensity >= rule.minimumIntensity ? state.turnsAtHighIntensity + 1 : 0
    guard state.turnsAtHighIntensity == rule.turns else { return false }
    if state.earlyEndingAdvisedAtTurn == nil { state.earlyEndingAdvisedAtTurn = state.turn }
    return true
  }

  /// Picks a line from a pool without repeating one before the whole pool has been used.
  func pick(from lines: [String], pool: String, in state: inout ConversationState) -> String {
    guard lines.count > 1 else { return lines.first ?? "…" }
    var unused = state.unusedLines[pool] ?? []
    var candidates = unused
    if unused.isEmpty {
      // A new round: every line again, but never the one just said as the first of the round.
      unused = Array(lines.indices)
      candidates = unused.filter { $0 != state.lastLine[pool] }
    }
    let choice = candidates[state.generator.next(below: candidates.count)]
    unused.removeAll { $0 == choice }
    state.unusedLines[pool] = unused
    state.lastLine[pool] = choice
    return lines[choice]
  }

  /// Whether the teacher speaks to the student: a sentence that names them and says jij/je, or opens with "Naam,".
  static func addresses(_ reply: String, student name: String) -> Bool {
    let name = name.lowercased()
    let sentences = reply.lowercased().split { ".?!".contains($0) }
    return sentences.contains { sentence in
      let trimmed = sentence.drop { $0 == " " }
      if trimmed.hasPrefix(name + ",") || trimmed.hasSuffix(", " + name) { return true }
      let words = Set(trimmed.split { !$0.isLetter }.map(String.init))
      return words.contains(name) && !words.isDisjoint(with: ["jij", "je", "jou", "jouw"])
    }
  }
}
