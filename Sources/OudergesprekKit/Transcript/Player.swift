/// A person at the keyboard in a session for two (or three): who plays a role.
public enum Player: String, Sendable, Codable, CaseIterable {
  /// The teacher who practises.
  case docent
  /// The colleague who plays the parent (and maybe the student) and scores the teacher.
  case collega
  /// A third person who plays the student.
  case derde

  /// The Dutch name in prompts: `ouder (collega)> `.
  public var label: String {
    switch self {
    case .docent: "docent"
    case .collega: "collega"
    case .derde: "derde speler"
    }
  }
}

/// Who played which role in a session, for the transcript's `roles`.
public struct SessionRoles: Sendable, Equatable, Codable {
  public var docent: Player
  public var ouder: Player
  /// Nil when the student is not at the table.
  public var leerling: Player?

  public init(docent: Player = .docent, ouder: Player = .collega, leerling: Player? = nil) {
    self.docent = docent
    self.ouder = ouder
    self.leerling = leerling
  }
}

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
