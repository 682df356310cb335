/// Where the parts of a scenario's story stand in its file, so that the validator can point at them.
public struct StoryPlaces: Sendable, Equatable {
  /// The `verhaal` object itself.
  public var story: SourceLocation?
  /// Each decoded topic, in order.
  public var topics: [SourceLocation] = []
  /// Each topic's words, in order.
  public var topicWords: [[SourceLocation]] = []
  /// Each decoded key fact, and where its `onderwerp` stands.
  public var keyFacts: [SourceLocation] = []
  public var keyFactTopics: [SourceLocation] = []
  /// Each decoded school's point, and its words.
  public var schoolPoints: [SourceLocation] = []
  public var schoolPointWords: [[SourceLocation]] = []
  /// Each decoded question of the parent.
  public var questions: [SourceLocation] = []
  /// Every `na` in the file (key facts, questions, state lines).
  public var conditions: [ConditionPlace] = []

  public init() {}

  /// One `na`: the field it is in and the ids it names, each with its place.
  public struct ConditionPlace: Sendable, Equatable {
    public var field: String
    public var ids: [String]
    public var locations: [SourceLocation]
  }
}
