/// Which kind of ending the teacher makes: early (`/stop` before the time is up) or on time.
public enum EndingKind: String, Sendable, Equatable, Codable, CaseIterable {
  /// The teacher ends the conversation before the time is up.
  case vroeg
  /// The time is (nearly) up and the teacher closes the conversation.
  case opTijd = "op-tijd"

  /// A Dutch label for feedback.
  public var label: String {
    switch self {
    case .vroeg: "vroegtijdig afronden"
    case .opTijd: "afronden aan het eind van het gesprek"
    }
  }
}
