/// What one sentence or one whole reply shows, as the combination and suppression rules read it.
public struct ReplyFacts: Sendable, Equatable {
  /// The markers found so far (in the sentence, or in the reply).
  public var markers: Set<Marker> = []
  /// Whether the other person (u, jij, uw zoon, a name) is the subject of the sentence.
  public var otherSubject = false
  /// Whether the sentence is a command ("Luister even.").
  public var imperative = false
  /// Whether the speaker speaks of themselves (ik, mij, mijn) somewhere in the reply.
  public var firstPerson = false
  /// Whether the reply holds a jij-boodschap (blame of the other person).
  public var blame = false
  /// The number of questions in the reply.
  public var questions = 0
  /// The number of different ik-boodschap parts (gedrag, gevolg, gevoel, wens) in the reply.
  public var parts = 0

  /// Facts with everything absent.
  public init() {}
}

/// A condition of a combination or suppression rule, written in the Dutch of `description`
/// (`oordeel ∧ onderwerp(ander) ∧ ¬gebiedend`).
public indirect enum ReplyCondition: Sendable, CustomStringConvertible {
  /// One of these markers is found; `name` is how the rule book calls the group ("oordeel").
  case anyMarker([Marker], name: String)
  /// The other person is the subject.
  case otherSubject
  /// The sentence is a command.
  case imperative
  /// The speaker speaks of themselves.
  case firstPerson
  /// The reply holds a jij-boodschap.
  case blame
  /// At least this many questions.
  case questions(atLeast: Int)
  /// At least this many ik-boodschap parts.
  case parts(atLeast: Int)
  /// All of these hold.
  case all([ReplyCondition])
  /// This does not hold.
  case not(ReplyCondition)

  /// One marker is found.
  public static func marker(_ marker: Marker) -> ReplyCondition { .anyMarker([marker], name: marker.rawValue) }

  /// Whether the condition holds for these facts.
  public func holds(in facts: ReplyFacts) -> Bool {
    switch self {
    case .anyMarker(let markers, _): return markers.contains(where: facts.markers.contains)
    case .otherSubject: return facts.otherSubject
    case .imperative: return facts.imperative
    case .firstPerson: return facts.firstPerson
    case .blame: return facts.blame
    case .questions(let count): return facts.questions >= count
    case .parts(let count): return facts.parts >= count
    case .all(let conditions): return conditions.allSatisfy { $0.holds(in: facts) }
    case .not(let condition): return !condition.holds(in: facts)
    }
  }

  /// The markers the condition asks for (not under a negation): the evidence of a combination.
  public var requiredMarkers: [Marker] {
    switch self {
    case .anyMarker(let markers, _): return markers
    case .all(let conditions): return conditions.flatMap(\.requiredMarkers)
    default: return []
    }
  }

  /// The condition in the notation of the rule book.
  public var description: String {
    switch self {
    case .anyMarker(_, let name): return name
    case .otherSubject: return "onderwerp(ander)"
    case .imperative: return "gebiedend"
    case .firstPerson: return "ik-persoon"
    case .blame: return "schuld"
    case .questions(let count): return "vragen>=\(count)"
    case .parts(let count): return "delen>=\(count)"
    case .all(let conditions): return conditions.map(\.description).joined(separator: " ∧ ")
    case .not(let condition): return "¬" + condition.description
    }
  }

  /// Both conditions hold.
  public static func && (left: ReplyCondition, right: ReplyCondition) -> ReplyCondition {
    var conditions: [ReplyCondition] = []
    for side in [left, right] {
      if case .all(let inner) = side { conditions += inner } else { conditions.append(side) }
    }
    return .all(conditions)
  }

  /// The condition does not hold.
  public static prefix func ! (condition: ReplyCondition) -> ReplyCondition { .not(condition) }
}
