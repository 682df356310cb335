/// Everything that changes during a conversation. A value: the engine returns a new one each step.
public struct ConversationState: Sendable, Equatable, Codable {
  /// The id of the parent's current emotion state.
  public var emotion: String
  /// The number of teacher replies so far.
  public var turn: Int = 0
  /// The seeded generator, carried along so that a session can be replayed exactly.
  public var generator: SeededGenerator
  /// For each line pool, the indices not yet used in this round.
  public var unusedLines: [String: [Int]] = [:]
  /// For each line pool, the index used last, so that a new round does not start with it.
  public var lastLine: [String: Int] = [:]
  /// The markers of each teacher reply so far, oldest first.
  public var replyMarkers: [[Marker]] = []
  /// How many teacher turns in a row the parent has been at or above the early-ending intensity.
  public var turnsAtHighIntensity = 0
  /// The turn at which ending early first became the professional move, if it did.
  public var earlyEndingAdvisedAtTurn: Int?
  /// Whether the parent has already said that time is running out.
  public var timeWarningGiven = false
  /// What happened to the parent's story: topics that came up, key facts found, points raised, her questions.
  public var story = StoryProgress()
  /// Set when the conversation is over.
  public var outcome: ConversationOutcome?

  public init(emotion: String, seed: UInt64) {
    self.emotion = emotion
    self.generator = SeededGenerator(seed: seed)
  }

  /// Whether the conversation is over.
  public var isOver: Bool { outcome != nil }

  /// Whether the last `count` replies all satisfy `predicate`.
  func lastReplies(_ count: Int, all predicate: (Set<Marker>) -> Bool) -> Bool {
    guard replyMarkers.count >= count else { return false }
    return replyMarkers.suffix(count).allSatisfy { predicate(Set($0)) }
  }
}
