/// Where the parts of a decoded scenario stand in its file, so that the validator can point at them.
public struct ScenarioSourceMap: Sendable, Equatable {
  public var id: SourceLocation?
  public var start: SourceLocation?
  public var states: [SourceLocation] = []
  public var transitions: [TransitionPlaces] = []
  public var reactions: [ReactionPlaces] = []
  public var earlyEnding: SourceLocation?
  /// The places of the story's parts.
  public var story = StoryPlaces()

  public init() {}

  /// The places of one transition.
  public struct TransitionPlaces: Sendable, Equatable {
    public var transition: SourceLocation
    public var from: [SourceLocation]
    public var to: SourceLocation
  }

  /// The places of one reaction.
  public struct ReactionPlaces: Sendable, Equatable {
    public var reaction: SourceLocation
    public var states: [SourceLocation]
  }
}
