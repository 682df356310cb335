/// The conversation core: a pure step from a state and a teacher's reply to the next state and events.
///
/// The engine holds only immutable things (the scenario and the analyser); all that changes is in
/// `ConversationState`, so the same scenario, seed and replies always give the same session.
public struct ConversationEngine: Sendable {
  public let scenario: Scenario
  public let analyzer: any ReplyAnalyzer
  /// Recognises the story's topics in replies; nil when the scenario has no story.
  public let topicMatcher: TopicMatcher?

  public init(scenario: Scenario, analyzer: any ReplyAnalyzer) {
    self.scenario = scenario
    self.analyzer = analyzer
    self.topicMatcher = scenario.story.map { TopicMatcher(story: $0, names: [scenario.student?.name ?? ""]) }
  }

  /// The first state and the parent's opening line.
  public func start(seed: UInt64) -> (ConversationState, [ConversationEvent]) {
    var state = ConversationState(emotion: scenario.emotions.start, seed: seed)
    let emotion = snapshot(state.emotion)
    let lines = sayableLines(currentState(state), in: state)
    let line = pick(from: lines, pool: statePool(currentState(state), lines), in: &state)
    state.story.said.insert(line)
    noteTold(line, in: &state)
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
    var reading = topicMatcher.map {
      StoryReading(analysis, matcher: $0, studentName: scenario.student?.name, parentName: scenario.parent.name)
    }
    // "Dat klinkt heerlijk" after a question about the holidays goes on about them; so does a reply that names
    // nothing of the case and points back at them ("Wat vindt u ervan?"), or names more everyday things.
    // Such a reply keeps the analyser's markers: it is the same side track, not a new change of subject.
    let afterSideTrack =
      state.replyMarkers.dropLast().last == [.afleiden] || state.story.sideTrackTurn == state.turn - 1
    if afterSideTrack, reading?.reflectsPleasure != true, let matcher = topicMatcher, reading?.points.isEmpty == true,
      reading?.answersHerQuestion == false, reading?.sideTrack == false, matcher.continuesSideTrack(analysis.text)
    {
      reading?.continueSideTrackWholly()
    }
    if reading?.reflectsPleasure == true, afterSideTrack { reading?.continueSideTrack() }
    let newPoints = reading.map { state.story.absorb($0, turn: state.turn) } ?? []
    // A question about something unrelated to the case is a change of subject for her, however open it is.
    if reading?.sideTrack == true, reading?.greetsWithSmallTalk != true, reading?.listensOffCase != true {
      state.replyMarkers[state.replyMarkers.count - 1] = [.afleiden]
    }
    // Facts or advice she asked for are an answer to her, not a teacher arguing or advising unasked.
    if let reading, let story = scenario.story, answersHerQuestion(reading, analysis: analysis, story: story, in: state)
    {
      state.replyMarkers[state.replyMarkers.count - 1].removeAll { Self.answeringMarkers.contains($0) }
    }
    if let transition = firingTransition(in: state, storyKnown: reading != nil) {
      state.emotion = transition.to
      let after = snapshot(state.emotion)
      if after != before {
        events.append(.emotionChanged(from: before, to: after, reason: transition.reason))
      }
    }
    let now = currentState(state)
    let emotion = snapshot(state.emotion)

    if let ending = now.ending {
      let lines = sayableLines(now, in: state)
      var line = pick(from: lines, pool: statePool(now, lines), in: &state)
      if ending == .opgelost, let proposal = ProposalEcho.echo(in: analysis.text) {
        line = ProposalEcho.accepting(proposal, then: line, said: state.story.said)
      }
      events.append(.lineChosen(LineChoice(.state)))
      events.append(.parentSpeaks(line, emotion))
      state.outcome = ending
      events.append(.ended(ending))
      if let reading { events.insert(.storyNoted(note(reading, state: state)), at: 1) }
      return (state, events)
    }

    // Spoken to, the student answers; the parent does not answer for them.
    var studentAnswered = false
    if scenario.studentPresent, let student = scenario.student, Self.addresses(analysis.text, student: student.name),
      let line = studentLine(now, reading: reading, reply: analysis.text, in: &state)
    {
      events.append(.studentSpeaks(line))
      studentAnswered = true
    }

    let earlyEndingNow = updateEarlyEnding(&state, intensity: now.intensity)
    if studentAnswered && !earlyEndingNow {
      if let reading { events.insert(.storyNoted(note(reading, state: state)), at: 1) }
      return finishTurn(state, events, emotion: emotion)
    }
    let line: String
    let choice: LineChoice
    if earlyEndingNow, let rule = scenario.earlyEnding, !rule.lines.isEmpty {
      line = pick(from: rule.lines, pool: "vroegStoppen", in: &state)
      choice = LineChoice(.reaction)
    } else if let reading, let story = scenario.story {
      // Trust is what the teacher earned before this reply: a good question in a tense moment gets a guarded answer.
      (line, choice) = storyLine(
        for: analysis, reading: reading, newPoints: newPoints, story: story,
        trust: max(before.intensity, now.intensity), now: now,
        in: &state)
    } else if let (index, reaction) = reaction(to: analysis, in: now.id, blockadesOnly: false) {
      line = pick(from: reaction.lines, pool: "reactie:\(index)", in: &state)
      choice = LineChoice(.reaction)
    } else {
      line = pick(from: now.lines, pool: "toestand:\(now.id)", in: &state)
      choice = LineChoice(.state)
    }
    let spoken = snapshot(state.emotion)
    if spoken != emotion {
      events.append(
        .emotionChanged(
          from: emotion, to: spoken,
          reason:
            "\(scenario.parent.subjectPronoun.capitalized) voelt zich niet gehoord: "
            + "\(scenario.parent.possessivePronoun) vraag blijft onbeantwoord."))
    }
    if let reading { events.insert(.storyNoted(note(reading, state: state)), at: 1) }
    events.append(.lineChosen(choice))
    events.append(.parentSpeaks(line, spoken))
    noteTold(line, in: &state)
    if earlyEndingNow, let rule = scenario.earlyEnding {
      events.append(.earlyEndingAdvised(explanation: rule.explanation))
    }
    return finishTurn(state, events, emotion: emotion)
  }

  /// The end of a turn: the warning that time runs out, and the end when twice the time is used.
  private func finishTurn(
    _ previous: ConversationState, _ previousEvents: [ConversationEvent], emotion: EmotionSnapshot
  )
    -> (ConversationState, [ConversationEvent])
  {
    var state = previous
    var events = previousEvents
    let turnsLeft = scenario.turnBudget - state.turn
    if turnsLeft <= 2 && !state.timeWarningGiven {
      state.timeWarningGiven = true
      let lines = timeWarningLines(progress: state.story)
      if !lines.isEmpty {
        events.append(.parentSpeaks(pick(from: lines, pool: "tijd", in: &state), emotion))
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

  /// The transition that fires, made plausible: no 'opgelost' before the story's goal is met, and no walk-out
  /// of a calm parent over one blockade (that costs trust: she grows tenser instead).
  func firingTransition(in state: ConversationState, storyKnown: Bool) -> EmotionTransition? {
    guard let transition = firingTransition(in: state), let target = scenario.emotions.state(transition.to) else {
      return nil
    }
    let current = currentState(state)
    if state.replyMarkers.last == [.afleiden], target.ending != .opgelost {
      // Unrelated questions cost patience one state at a time; she walks out only after a string of them (she
      // asked three times to get back to the point) when she is already tense.
      let string = state.replyMarkers.count >= 4 && state.replyMarkers.suffix(4).allSatisfy { $0 == [.afleiden] }
      if target.ending == .geescaleerd && string && current.intensity >= 7 { return transition }
      let tenser = scenario.emotions.states.filter { $0.ending == nil && $0.intensity > current.intensity }
        .min { $0.intensity < $1.intensity }
      guard let tenser, target.ending != nil || target.intensity > tenser.intensity
      else { return target.ending == nil ? transition : nil }
      return EmotionTransition(from: [current.id], to: tenser.id, on: transition.on, reason: transition.reason)
    }
    switch target.ending {
    case .opgelost?:
      if storyKnown, let story = scenario.story, !state.story.goalMet(story) { return nil }
    case .geescaleerd?:
      if current.intensity < 7 && transition.inARow < 2 && !blockedBefore(state) {
        return tenserState(than: current).map {
          EmotionTransition(from: [current.id], to: $0.id, on: transition.on, reason: transition.reason)
        }
      }
    case nil:
      // One blockade costs a calm parent trust, one step at a time: she does not jump from thinking along to
      // her tensest state over a single remark.
      let blocks = state.replyMarkers.last?.contains(where: \.isBlocking) ?? false
      if blocks, current.intensity <= 4, target.intensity >= current.intensity + 3, transition.inARow < 2,
        !blockedBefore(state),
        let step = scenario.emotions.states.filter({
          $0.ending == nil && $0.intensity > current.intensity && $0.intensity < target.intensity
        }).min(by: { $0.intensity < $1.intensity })
      {
        return EmotionTransition(from: [current.id], to: step.id, on: transition.on, reason: transition.reason)
      }
    default:
      break
    }
    return transition
  }

  /// Whether the reply before this one held a blockade or jij-boodschap.
  private func blockedBefore(_ state: ConversationState) -> Bool {
    state.replyMarkers.dropLast().last?.contains(where: \.isBlocking) ?? false
  }

  /// Markers that, in a reply answering the question she asked, are the information she asked for.
  static let answeringMarkers: Set<Marker> = [.argumenteren, .adviseren]

  /// Whether this reply answers a question of hers that was still open (by its words or its shape).
  func answersHerQuestion(
    _ reading: StoryReading, analysis: ReplyAnalysis, story: Story, in state: ConversationState
  ) -> Bool {
    var probe = state.story
    markAnswers(reading, analysis: analysis, story: story, &probe, turn: state.turn)
    return probe.asked.contains { $0.answeredAtTurn == state.turn && $0.turn < state.turn }
  }

  /// The reaction to this reply's markers; with `blockadesOnly`, only one to a blockade or jij-boodschap.
  func reaction(to analysis: ReplyAnalysis, in stateID: String, blockadesOnly: Bool) -> (Int, MarkerReaction)? {
    let markers =
      blockadesOnly ? analysis.markerSet.filter(\.isBlocking) : analysis.markerSet
    for (index, reaction) in scenario.emotions.reactions.enumerated()
    where (reaction.states.isEmpty || reaction.states.contains(stateID))
      && reaction.on.contains(where: { $0.matches(markers) })
      && !reaction.lines.isEmpty
    {
      return (index, reaction)
    }
    return nil
  }

  /// What the reply did for the story, after the parent's line was chosen.
  private func note(_ reading: StoryReading, state: ConversationState) -> StoryNote {
    StoryNote(
      topics: reading.topics, raised: state.story.raised.filter { $0.turn == state.turn }.map(\.id),
      answered: state.story.asked.filter { $0.answeredAtTurn == state.turn }.map(\.id),
      found: state.story.found.filter { $0.turn == state.turn }.map(\.id))
  }

  /// Counts turns at high intensity; true on the turn at which the early-ending point is reached.
  private func updateEarlyEnding(_ state: inout ConversationState, intensity: Int) -> Bool {
    guard let rule = scenario.earlyEnding else { return false }
    state.turnsAtHighIntensity = intensity >= rule.minimumIntensity ? state.turnsAtHighIntensity + 1 : 0
    guard state.turnsAtHighIntensity == rule.turns else { return false }
    if state.earlyEndingAdvisedAtTurn == nil { state.earlyEndingAdvisedAtTurn = state.turn }
    return true
  }

  /// Picks a line from a pool without repeating one before the whole pool has been used, and never a line said
  /// before in this conversation (from any pool: state, reaction, topic, stock, closing) while the pool has one
  /// that was not.
  func pick(from lines: [String], pool: String, in state: inout ConversationState) -> String {
    guard lines.count > 1 else {
      if let line = lines.first { state.story.said.insert(line) }
      return lines.first ?? "…"
    }
    var unused = state.unusedLines[pool] ?? []
    var candidates = unused
    if unused.isEmpty {
      // A new round: every line again, but never the one just said as the first of the round.
      unused = Array(lines.indices)
      candidates = unused.filter { $0 != state.lastLine[pool] }
    }
    let unsaid = candidates.filter { !state.story.said.contains(lines[$0]) }
    if !unsaid.isEmpty {
      candidates = unsaid
    } else {
      let anyUnsaid = lines.indices.filter { !state.story.said.contains(lines[$0]) }
      if !anyUnsaid.isEmpty { candidates = anyUnsaid }
    }
    let choice = candidates[state.generator.next(below: candidates.count)]
    state.story.said.insert(lines[choice])
    unused.removeAll { $0 == choice }
    state.unusedLines[pool] = unused
    state.lastLine[pool] = choice
    return lines[choice]
  }
}
