extension InteractiveSession {
  /// The commands Tab completes at the current prompt: during the conversation all of them, in the closing
  /// only those that work there (no `/opnieuw`), for the colleague in `samen` `/rol`, `/hulp` and `/stop`.
  public var completableCommands: [String] {
    let words: [String]
    switch self {
    case let practice as PracticeSession:
      words = practice.ending == nil ? SessionCommand.allCases.map(\.rawValue) : Self.closingWords
    case let together as TogetherSession:
      switch together.turn {
      case .teacher: words = SessionCommand.allCases.map(\.rawValue)
      case .closing: words = Self.closingWords
      case .parent, .student: words = ["hulp", "rol", "stop"]
      case .score: words = ["stop"]
      case .comment, .finished: words = []
      }
    default:
      words = SessionCommand.allCases.map(\.rawValue)
    }
    return words.map { "/" + $0 }
  }

  private static var closingWords: [String] {
    SessionCommand.allCases.filter { $0 != .opnieuw }.map(\.rawValue)
  }
}
