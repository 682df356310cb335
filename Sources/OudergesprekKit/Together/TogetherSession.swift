import Foundation

/// Practising with a colleague: the colleague plays the parent (and maybe the student), the teacher replies,
/// the engine suggests the parent's lines and says which emotion to play, and at the end the colleague
/// scores the teacher beside the analyser. Pure: the host only reads lines and prints the text returned.
public struct TogetherSession: InteractiveSession {
  public let engine: ConversationEngine
  public internal(set) var state: ConversationState
  public internal(set) var transcript: Transcript
  public let renderer: TogetherRenderer
  public let roles: SessionRoles
  /// Whose turn it is now.
  public internal(set) var turn: TogetherTurn
  /// Voices still to speak after the teacher's last reply (the student, then the parent).
  var queue: [TogetherTurn] = []
  /// Where the replies are, for `/opnieuw`.
  var history = TakeBackHistory()
  /// The closing, once the teacher started to end the conversation (`/stop`) or the time was up.
  public internal(set) var ending: EndingFlow?
  /// Set when the conversation part is over and judged (before the colleague's scores).
  var concluded = false
  /// Whether end of input now is a normal end: the conversation was over, or the teacher was closing.
  public private(set) var endedWithClosing = false
  var colleagueScores: [AssessmentCriterion: Int] = [:]
  /// Why the engine chose the suggested parent line of the last step.
  var suggestedChoice: LineChoice?
  private let clock: @Sendable () -> Date

  /// A session that starts now; `studentPlayer` says who plays the student when the student is at the table.
  public init(
    engine: ConversationEngine, seed: UInt64, style: TextStyle, studentPlayer: Player = .collega,
    clock: @escaping @Sendable () -> Date = Date.init
  ) {
    self.engine = engine
    self.clock = clock
    let (state, events) = engine.start(seed: seed)
    self.state = state
    roles = SessionRoles(leerling: engine.scenario.studentPresent ? studentPlayer : nil)
    renderer = TogetherRenderer(scenario: engine.scenario, style: style, roles: roles)
    transcript = Transcript(scenario: engine.scenario, seed: seed, mode: "samen", startedAt: clock())
    transcript.roles = roles
    turn = Self.voices(in: events).first ?? .teacher
  }

  public var scenario: Scenario { engine.scenario }

  public var isFinished: Bool { turn == .finished }

  /// The session shows the two views side by side itself; the report is only written next to the transcript.
  public var showsReport: Bool { false }

  public var prompt: String { renderer.prompt(for: turn) }

  /// Whether the output for `line` is for the colleague only: `/rol` while the colleague is on turn.
  public func showsPrivately(_ line: String) -> Bool {
    switch turn {
    case .parent, .student: line.trimmingCharacters(in: .whitespaces).lowercased() == "/rol"
    default: false
    }
  }

  public var privateIntroduction: String? {
    RoleCard(scenario: scenario, studentPlayer: roles.leerling).text(style: renderer.style)
  }

  /// The teacher's briefing, how a session for two works, and the parent's first turn.
  public func opening() -> String {
    [renderer.base.briefing(seed: transcript.seed), renderer.instructions(), renderer.intro(to: turn)]
      .joined(separator: "\n\n")
  }

  public mutating func handle(_ line: String) -> String {
    switch turn {
    case .parent(let suggestion, let emotion):
      return speak(line, as: .ouder, suggestion: suggestion, emotion: emotion)
    case .student(let suggestion):
      return speak(line, as: .leerling, suggestion: suggestion, emotion: engine.emotion(of: state))
    case .teacher:
      return reply(line)
    case .closing:
      return closingWords(line)
    case .score(let criterion):
      return score(line, for: criterion)
    case .comment:
      let comment = TerminalText.neutralize(line).trimmingCharacters(in: .whitespaces)
      transcript.review?.comment = comment.isEmpty ? nil : comment
      turn = .finished
      return renderer.comparison(transcript.review)
    case .finished:
      return ""
    }
  }

  public mutating func interrupt(because reason: SessionRenderer.InterruptReason) -> String {
    guard !isFinished else { return "" }
    endedWithClosing = concluded || ending != nil
    var parts = [renderer.base.interrupted(reason)]
    if !concluded {
      // The closing cannot go on without input; a line the colleague was about to play is not recorded.
      if ending?.isFinished == false { _ = ending?.done(endOfInput: true) }
      queue = []
      parts.append(concludeConversation())
    }
    turn = .finished
    parts.append(renderer.comparison(transcript.review))
    return parts.joined(separator: "\n\n")
  }

  // MARK: - Turns

  /// A line for the parent or the student: typed, or the suggestion on Enter; `/`-commands for the colleague.
  private mutating func speak(
    _ line: String, as speaker: TranscriptTurn.Speaker, suggestion: String, emotion: EmotionSnapshot
  ) -> String {
    let typed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if typed.hasPrefix("/") && typed.count > 1 && !typed.hasPrefix("//") {
      switch typed.dropFirst().split(separator: " ").first?.lowercased() {
      case "stop"?: return stopNow()
      case "rol"?: return privateIntroduction ?? ""
      case "hulp"?, "help"?: return renderer.colleagueHelp()
      default: return renderer.base.unknownCommand(String(typed.dropFirst().prefix(40)))
      }
    }
    let player = speaker == .leerling ? (roles.leerling ?? .collega) : roles.ouder
    let text = typed.isEmpty ? suggestion : typed
    let source: LineSource = typed.isEmpty ? .voorgesteld : LineSource(typedBy: player)
    var spokenTurn = TranscriptTurn(speaker: speaker, text: text, emotion: emotion, source: source)
    if speaker == .ouder, typed.isEmpty, let choice = suggestedChoice {
      // The suggested line: why the engine chose it. A line the colleague typed has no engine reason.
      spokenTurn.reason = choice.reason
      spokenTurn.about = choice.about
    }
    transcript.turns.append(spokenTurn)
    let spoken = renderer.spoken(text, by: speaker, emotion: emotion, suggested: typed.isEmpty)
    return [spoken, advance()].filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// The teacher's reply: a command, or a reply for the analyser and the engine.
  private mutating func reply(_ line: String) -> String {
    switch SessionCommand.parse(line) {
    case .success(.hulp)?: return renderer.base.help()
    case .success(.kaart)?: return renderer.base.card()
    case .success(.tip)?: return renderer.base.tip(engine: engine, state: state)
    case .success(.stop)?: return beginClosing(timeUp: false)
    case .success(.klaar)?: return renderer.base.notClosing()
    case .success(.opnieuw)?: return takeBack()
    case .failure(let unknown)?: return renderer.base.unknownCommand(unknown.word)
    case nil: break
    }
    let reply = line.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reply.isEmpty else { return renderer.base.emptyReply() }
    let before = state
    let (next, events) = engine.respond(to: reply, in: state)
    state = next
    let start = transcript.turns.count
    defer { history.record(firstReplyFrom: start, in: transcript, before: before) }
    for case .analysed(let analysis) in events {
      transcript.turns.append(
        TranscriptTurn(
          speaker: .docent, text: analysis.text, markers: analysis.markers, iMessageParts: analysis.iMessageParts,
          emotion: engine.emotion(of: state)))
    }
    for case .storyNoted(let note) in events { transcript.noteStory(note) }
    transcript.recordStory(state.story, of: scenario)
    suggestedChoice = events.lazy.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
    recordEnd(events)
    queue = Self.voices(in: events)
    let advice = EmotionAdvice(events: events, emotion: engine.emotion(of: state), scenario: scenario)
    let lines = [renderer.teacherFeedback(events), renderer.advice(advice), advance()]
    return lines.filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// Moves to the next voice, back to the teacher (or the closing words), or, when the conversation is over,
  /// to the colleague's scores. When the time is up, the closing starts.
  mutating func advance() -> String {
    if !queue.isEmpty {
      turn = queue.removeFirst()
      return renderer.intro(to: turn)
    }
    if let ending, !state.isOver {
      if ending.isFinished { return endConversation() }
      turn = .closing
      return ending.protested ? renderer.base.closingProtested() : ""
    }
    guard state.isOver else {
      if state.turn >= scenario.turnBudget { return beginClosing(timeUp: true) }
      turn = .teacher
      return ""
    }
    return endConversation()
  }

  /// `/stop` from the colleague: the exercise ends at once, without a closing, and the scoring starts.
  private mutating func stopNow() -> String {
    queue = []
    if ending?.isFinished == false { _ = ending?.done(endOfInput: true) }
    return endConversation()
  }

  /// The end of the conversation part: the outcome, the judgements, and the first scoring question.
  private mutating func endConversation() -> String {
    let conclusion = concludeConversation()
    turn = .score(AssessmentCriterion.allCases[0])
    let outcome = state.outcome.map { "\n" + renderer.style.bold($0.sentence) + "\n" } ?? ""
    return outcome + "\n" + conclusion + "\n\n" + renderer.scoringIntro() + "\n" + renderer.intro(to: turn)
  }

  /// Ends the engine (with the closing's outcome when there was one), writes the judgements to the transcript,
  /// and returns the look back and the closing's report.
  mutating func concludeConversation() -> String {
    if !state.isOver {
      let (next, events) = engine.stop(state, outcome: ending?.outcome ?? .gestopt)
      state = next
      recordEnd(events)
    }
    transcript.ending = ending?.assessment
    transcript.earlyEnding = EarlyEndingReview.review(
      advisedAtTurn: state.earlyEndingAdvisedAtTurn, ending: transcript.ending, outcome: state.outcome,
      explanation: scenario.earlyEnding?.explanation)
    concluded = true
    startReview()
    let report = renderer.base.endingReport(ending: transcript.ending, earlyEnding: transcript.earlyEnding)
    return [renderer.base.closing(transcript), report].filter { !$0.isEmpty }.joined(separator: "\n\n")
  }

  mutating func recordEnd(_ events: [ConversationEvent]) {
    for case .ended(let outcome) in events {
      transcript.outcome = outcome
      transcript.endedAt = clock()
    }
  }

  /// The voices in a step's events, in order: the student, then the parent (several parent lines become one).
  static func voices(in events: [ConversationEvent]) -> [TogetherTurn] {
    var voices: [TogetherTurn] = []
    var parent: (String, EmotionSnapshot)?
    for event in events {
      switch event {
      case .studentSpeaks(let line): voices.append(.student(suggestion: line))
      case .parentSpeaks(let line, let emotion):
        parent = parent.map { ($0.0 + " " + line, emotion) } ?? (line, emotion)
      default: break
      }
    }
    if let (line, emotion) = parent { voices.append(.parent(suggestion: line, emotion: emotion)) }
    return voices
  }
}
