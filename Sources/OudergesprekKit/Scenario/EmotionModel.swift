/// The parent's emotion model: named states, a start state, transitions and reactions.
public struct EmotionModel: Sendable, Equatable {
  public var start: String
  public var states: [EmotionState]
  public var transitions: [EmotionTransition]
  public var reactions: [MarkerReaction]

  public init(start: String, states: [EmotionState], transitions: [EmotionTransition], reactions: [MarkerReaction]) {
    self.start = start
    self.states = states
    self.transitions = transitions
    self.reactions = reactions
  }

  /// The state with this id, if any.
  public func state(_ id: String) -> EmotionState? {
    states.first { $0.id == id }
  }
}

/// One emotion state of the parent.
public struct EmotionState: Sendable, Equatable {
  public var id: String
  /// The Dutch name shown to the teacher ("boos", "bezorgd", …).
  public var name: String
  /// Intensity from 0 (calm) to 10 (furious or in despair).
  public var intensity: Int
  /// What the parent can say in this state.
  public var lines: [String]
  /// For each line (by index), the story ids that must have come up before she can say it; missing means none.
  public var lineConditions: [[String]]
  /// What the student says in this state when the teacher addresses them.
  public var studentLines: [String]
  /// When set, reaching this state ends the conversation.
  public var ending: ConversationOutcome?

  public init(
    id: String, name: String, intensity: Int, lines: [String], studentLines: [String] = [],
    ending: ConversationOutcome? = nil, lineConditions: [[String]] = []
  ) {
    self.id = id
    self.name = name
    self.intensity = intensity
    self.lines = lines
    self.lineConditions = lineConditions
    self.studentLines = studentLines
    self.ending = ending
  }
}

extension EmotionState {
  /// The story ids line `index` waits for (its `na`); empty when it may be said any time.
  public func conditions(ofLine index: Int) -> [String] {
    lineConditions[safe: index] ?? []
  }
}

/// A move from one or more states to another, triggered by what the teacher's reply does.
public struct EmotionTransition: Sendable, Equatable {
  /// The states it applies in; empty means every state that is not an end.
  public var from: [String]
  public var to: String
  /// It fires when the reply matches any of these.
  public var on: [MarkerSelector]
  /// It fires only when this many replies in a row matched (1: this reply alone).
  public var inARow: Int
  /// Why the parent moves, in Dutch, for feedback and for the colleague who plays the parent.
  public var reason: String?

  public init(from: [String], to: String, on: [MarkerSelector], inARow: Int = 1, reason: String? = nil) {
    self.from = from
    self.to = to
    self.on = on
    self.inARow = inARow
    self.reason = reason
  }

  /// Whether this transition can fire in `state`.
  public func applies(in state: String) -> Bool {
    from.isEmpty || from.contains(state)
  }

  /// Whether a reply carrying `markers` counts towards this transition.
  public func matches(_ markers: Set<Marker>) -> Bool {
    on.contains { $0.matches(markers) }
  }
}

/// A particular line the parent says right after a reply with a particular marker.
public struct MarkerReaction: Sendable, Equatable {
  public var on: [MarkerSelector]
  /// The states it applies in; empty means all.
  public var states: [String]
  public var lines: [String]

  public init(on: [MarkerSelector], states: [String] = [], lines: [String]) {
    self.on = on
    self.states = states
    self.lines = lines
  }
}

/// How a conversation ended.
public enum ConversationOutcome: String, Sendable, Equatable, Codable, CaseIterable {
  /// The parent is ready to make agreements.
  case opgelost
  /// The parent walks out or breaks off.
  case geescaleerd
  /// The teacher ended the conversation (`/stop`, end of input, Ctrl-C).
  case gestopt
  /// The time was up.
  case tijdOm = "tijd-om"

  /// A Dutch sentence for the end of the session.
  public var sentence: String {
    switch self {
    case .opgelost: "De ouder is klaar om afspraken te maken: het gesprek is gelukt."
    case .geescaleerd: "De ouder breekt het gesprek af: het gesprek is geëscaleerd."
    case .gestopt: "Je hebt het gesprek beëindigd."
    case .tijdOm: "De tijd voor dit gesprek is om."
    }
  }
}

/// When ending the conversation early is the professional move.
public struct EarlyEndingRule: Sendable, Equatable {
  /// The point is reached when the parent's intensity is at least this ...
  public var minimumIntensity: Int
  /// ... for this many teacher turns in a row.
  public var turns: Int
  /// Why ending early is right here, in Dutch, for `/tip` and the report.
  public var explanation: String
  /// What the parent says that shows it (shouting, threatening, going round in circles).
  public var lines: [String]

  public init(minimumIntensity: Int, turns: Int, explanation: String, lines: [String]) {
    self.minimumIntensity = minimumIntensity
    self.turns = turns
    self.explanation = explanation
    self.lines = lines
  }
}
