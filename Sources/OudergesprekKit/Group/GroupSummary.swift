/// The figures of a set of sessions added up: one scenario's, one trainee's, or the whole group's.
public struct GroupSummary: Sendable, Equatable {
  public var sessions: Int
  /// Sessions with a colleague (`samen`).
  public var together: Int
  /// How many sessions ended each way; unfinished sessions are under nil.
  public var outcomes: [ConversationOutcome?: Int]
  /// Key facts found and held, over the sessions with a story.
  public var keyFactsFound: Int
  public var keyFactsTotal: Int
  /// The mean of the sessions' listening shares (each session counts once); nil when no session had replies.
  public var listeningShare: Double?
  /// Complete ik-boodschappen in all sessions.
  public var completeIMessages: Int
  /// Blockades and jij-boodschappen by kind, in all sessions.
  public var blockades: [Marker: Int]
  /// The mean ending score on the scale of 1 to 5.
  public var closing: Double
  /// The mean judged closing (0 to 100) and over how many sessions; nil when none had one.
  public var endingScore: Double?
  public var endingScored: Int
  /// The mean colleague's score per criterion, over the sessions that have one.
  public var colleague: [AssessmentCriterion: Double]
  /// How many sessions have any colleague's score.
  public var colleagueScored: Int

  /// The figures over `sessions` (at least one).
  public init(_ sessions: [GroupSession]) {
    self.sessions = sessions.count
    together = sessions.filter { $0.mode == "samen" }.count
    var outcomes: [ConversationOutcome?: Int] = [:]
    for session in sessions { outcomes[session.outcome, default: 0] += 1 }
    self.outcomes = outcomes
    keyFactsFound = sessions.compactMap(\.keyFactsFound).reduce(0, +)
    keyFactsTotal = sessions.compactMap(\.keyFactsTotal).reduce(0, +)
    listeningShare = Self.mean(sessions.compactMap(\.listeningShare))
    completeIMessages = sessions.map(\.completeIMessages).reduce(0, +)
    var blockades: [Marker: Int] = [:]
    for session in sessions { blockades.merge(session.blockades, uniquingKeysWith: +) }
    self.blockades = blockades
    closing = Self.mean(sessions.map { Double($0.closing) }) ?? 0
    let endings = sessions.compactMap(\.endingScore).map(Double.init)
    endingScore = Self.mean(endings)
    endingScored = endings.count
    var colleague: [AssessmentCriterion: Double] = [:]
    for criterion in AssessmentCriterion.allCases {
      colleague[criterion] = Self.mean(sessions.compactMap { $0.colleague[criterion] }.map(Double.init))
    }
    self.colleague = colleague
    colleagueScored = sessions.filter { !$0.colleague.isEmpty }.count
  }

  /// Gordon's blockades (without jij-boodschappen).
  public var blockadeCount: Int { blockades.filter { $0.key.isBlockade }.values.reduce(0, +) }

  /// The blockades by kind, most used first, then in contract order.
  public var blockadesByKind: [(marker: Marker, count: Int)] {
    blockades.map { ($0.key, $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.marker < $1.marker }
  }

  static func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }
}
