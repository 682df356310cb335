import Foundation

/// Practising with a colleague: the colleague plays the parent (and maybe the student), the teacher replies,
/// the engine suggests the parent's lines and says which emotion to play, and at the end the colleague
/// scores the teacher beside the analyser. Pure: the host only reads lines and prints the text returned.
public struct TogetherSession: InteractiveSession {
  public let engine: ConversationEngine
  public private(set) var state: ConversationState
  public internal(set) var transcript: Transcript
  public let renderer: TogetherRenderer
  public let roles: SessionRoles
  /// Whose turn it is now.
  public internal(set) var turn: TogetherTurn
  /// Voices still to speak after the teacher's last reply (the student, then the parent).
  private var queue: [TogetherTurn] = []
  var colleagueScores: [AssessmentCriterion: Int] = [:]
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

  public var prompt: String { renderer.prompt(for: turn) }

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
    var text = renderer.base.interrupted(reason)
    if !state.isOver {
      stop()
      text += "\n\n" + renderer.base.closing(transcript)
    } else if transcript.review == nil {
      text += "\n\n" + renderer.base.closing(transcript)
    }
    if transcript.review == nil { startReview() }
    turn = .finished
    return text + "\n\n" + renderer.comparison(transcript.review)
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
    transcript.turns.append(TranscriptTurn(speaker: speaker, text: text, emotion: emotion, source: source))
    let spoken = renderer.spoken(text, by: speaker, emotion: emotion, suggested: typed.isEmpty)
    return [spoken, advance()].filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// The teacher's reply: a command, or a reply for the analyser and the engine.
  private mutating func reply(_ line: String) -> String {
    switch SessionCommand.parse(line) {
    case .success(.hulp)?: return renderer.base.help()
    case .success(.kaart)?: return renderer.base.card()
    case .success(.tip)?: return renderer.base.tip(engine: engine, state: state)
    case .success(.stop)?: return stopNow()
    case .failure(let unknown)?: return renderer.base.unknownCommand(unknown.word)
    case nil: break
    }
    let reply = line.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reply.isEmpty else { return renderer.base.emptyReply() }
    let (next, events) = engine.respond(to: reply, in: state)
    state = next
    for case .analysed(let analysis) in events {
      transcript.turns.append(
        TranscriptTurn(
          speaker: .docent, text: analysis.text, markers: analysis.markers, iMessageParts: analysis.iMessageParts,
          emotion: engine.emotion(of: state)))
    }
    recordEnd(events)
    queue = Self.voices(in: events)
    let advice = EmotionAdvice(events: events, emotion: engine.emotion(of: state), scenario: scenario)
    let lines = [renderer.teacherFeedback(events), renderer.advice(advice), advance()]
    return lines.filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// Moves to the next voice, back to the teacher, or, when the conversation is over, to the colleague's scores.
  private mutating func advance() -> String {
    if !queue.isEmpty {
      turn = queue.removeFirst()
      return renderer.intro(to: turn)
    }
    guard state.isOver else {
      turn = .teacher
      return ""
    }
    return endConversation()
  }

  /// `/stop` from either player: the conversation ends and the scoring starts.
  private mutating func stopNow() -> String {
    stop()
    queue = []
    return renderer.base.render([.ended(.gestopt)]) + "\n" + endConversation()
  }

  private mutating func stop() {
    let (next, events) = engine.stop(state)
    state = next
    recordEnd(events)
  }

  private mutating func endConversation() -> String {
    var text = ""
    if let outcome = state.outcome, outcome != .gestopt { text = "\n" + renderer.style.bold(outcome.sentence) + "\n" }
    startReview()
    turn = .score(AssessmentCriterion.allCases[0])
    return text + "\n" + renderer.base.closing(transcript) + "\n\n" + renderer.scoringIntro() + "\n"
      + renderer.intro(to: turn)
  }

  private mutating func recordEnd(_ events: [ConversationEvent]) {
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
