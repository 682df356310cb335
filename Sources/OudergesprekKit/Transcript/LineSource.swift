/// Where a spoken line came from: the engine's suggestion, or typed by the person who plays the role.
public enum LineSource: String, Sendable, Codable {
  case voorgesteld
  case collega
  case derde

  /// The source for a line typed by `player`.
  public init(typedBy player: Player) {
    self = player == .derde ? .derde : .collega
  }
}
