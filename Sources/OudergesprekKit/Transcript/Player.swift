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
