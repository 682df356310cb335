/// The trainee's name as it is stored in a transcript: trimmed, one line, without control characters, bounded.
public enum TraineeName {
  /// The longest name kept (in characters); a longer one is cut.
  public static let maximumLength = 80

  /// The name to store, or nil when `text` is empty (or only spaces).
  public static func normalized(_ text: String?) -> String? {
    guard let text else { return nil }
    let single = TerminalText.neutralize(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return single.isEmpty ? nil : String(single.prefix(maximumLength))
  }
}

extension PracticeSession {
  /// Puts the trainee's name in the transcript (nil or empty: no name).
  public mutating func name(trainee: String?) {
    transcript.trainee = TraineeName.normalized(trainee)
  }
}

extension TogetherSession {
  /// Puts the trainee's name (the teacher's player) in the transcript (nil or empty: no name).
  public mutating func name(trainee: String?) {
    transcript.trainee = TraineeName.normalized(trainee)
  }
}
