import Foundation

/// A solo practice session: feeds the teacher's lines to the engine, handles in-session commands,
/// keeps the transcript, and renders everything as Dutch text. The host only reads lines and prints.
public struct PracticeSession: Sendable {
  public let engine: ConversationEngine
  public internal(set) var state: ConversationState
  public internal(set) var transcript: Transcript
  public let renderer: SessionRenderer
  /// The events of the last step, for hosts that want more than text.
  public internal(set) var lastEvents: [ConversationEvent] = []
  /// The closing, once the teacher started to end the conversation (`/stop`) or the time was up.
  public internal(set) var ending: EndingFlow?
  /// When true, the end of the session shows no feedback, so the host can ask the self-assessment first.
  public var holdsFeedback = false
  var openingEvents: [ConversationEvent]
  /// Where the replies are, for `/opnieuw`.
  var history = TakeBackHistory()
  private let clock: @Sendable () -> Date

  /// A session that starts now; `clock` tells the time for the transcript (injected, for replayable tests).
  public init(
    engine: ConversationEngine, seed: UInt64, style: TextStyle, clock: @escaping @Sendable () -> Date = Date.init
  ) {
    self.engine = engine
    self.clock = clock
    let startedAt = clock()
    let (state, events) = engine.start(seed: seed)
    self.state = state
    self.openingEvents = events
    self.transcript = Transcript(scenario: engine.scenario, seed: seed, startedAt: startedAt)
    self.renderer = SessionRenderer(scenario: engine.scenario, style: style)
    record(events)
  }

  /// The scenario being practised.
  public var scenario: Scenario { engine.scenario }

  /// Whether the conversation is over.
  public var isFinished: Bool { state.isOver }

  /// The prompt before the teacher's reply.
  public var prompt: String { ending == nil ? renderer.prompt : renderer.closingPrompt }

  /// The briefing, the instructions, and the parent's first line.
  public func opening() -> String {
    [renderer.briefing(seed: transcript.seed), renderer.instructions(), renderer.render(openingEvents)]
      .joined(separator: "\n\n")
  }

  /// Handles one line the teacher typed: a command or a reply. Returns the text to show.
  public mutating func handle(_ line: String) -> String {
    guard !isFinished else { return "" }
    if ending != nil { return handleClosing(line) }
    switch SessionCommand.parse(line) {
    case .success(let command)?:
      return run(command)
    case .failure(let unknown)?:
      return renderer.unknownCommand(unknown.word)
    case nil:
      let reply = line.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !reply.isEmpty else { return renderer.emptyReply() }
      let before = state
      var (next, events) = engine.respond(to: reply, in: state)
      state = next
      let agreed = next.outcome == .opgelost
      if agreed { events = beginClosingAfterAgreement(events) }
      lastEvents = events
      let start = transcript.turns.count
      record(events)
      history.record(firstReplyFrom: start, in: transcript, before: before)
      var text = renderer.render(events)
      if ReplyAnalysis.isLong(reply) { text = renderer.longReply(characters: reply.count) + "\n" + text }
      if agreed {
        text += "\n\n" + renderer.closingStartedAfterAgreement()
      } else if isFinished {
        text += "\n\n" + conclude()
      } else if state.turn >= scenario.turnBudget {
        text += "\n\n" + beginEnding()
      }
      return text
    }
  }

  /// Ends the session from outside: end of input or Ctrl-C. Returns the closing text.
  public mutating func interrupt(because reason: SessionRenderer.InterruptReason) -> String {
    guard !isFinished else { return "" }
    if ending != nil {
      return (reason == .interrupt ? renderer.interrupted(reason) + "\n\n" : "") + closingDone(endOfInput: true)
    }
    let (next, events) = engine.stop(state)
    state = next
    record(events)
    return renderer.interrupted(reason) + "\n\n" + conclude()
  }

  private mutating func run(_ command: SessionCommand) -> String {
    switch command {
    case .hulp: return renderer.help()
    case .kaart: return renderer.card()
    case .tip: return renderer.tip(engine: engine, state: state)
    case .opnieuw: return takeBack()
    case .stop: return beginEnding()
    case .klaar: return renderer.notClosing()
    }
  }

  /// Adds what happened to the transcript.
  mutating func record(_ events: [ConversationEvent]) {
    let emotion = engine.emotion(of: state)
    var choice: LineChoice?
    for event in events {
      switch event {
      case .analysed(let analysis):
        transcript.turns.append(
          TranscriptTurn(
            speaker: .docent, text: analysis.text, markers: analysis.markers, iMessageParts: analysis.iMessageParts,
            emotion: emotion))
      case .studentSpeaks(let line):
        transcript.turns.append(TranscriptTurn(speaker: .leerling, text: line, emotion: emotion))
      case .parentSpeaks(let line, let emotion):
        transcript.turns.append(TranscriptTurn(speaker: .ouder, text: line, emotion: emotion, choice: choice))
        choice = nil
      case .storyNoted(let note):
        transcript.noteStory(note)
      case .lineChosen(let chosen):
        choice = chosen
      case .ended(let outcome):
        transcript.outcome = outcome
        transcript.endedAt = clock()
      case .emotionChanged, .earlyEndingAdvised, .timeRunningOut:
        break
      }
    }
    transcript.recordStory(state.story, of: scenario)
  }
}
