import Foundation

/// A command the teacher can type during a session instead of a reply.
public enum SessionCommand: String, CaseIterable, Sendable {
  case hulp
  case kaart
  case tip
  case opnieuw
  case stop
  case klaar

  /// What it does, in Dutch, for `/hulp`.
  public var summary: String {
    switch self {
    case .hulp: "deze uitleg"
    case .kaart: "de briefing en de checklist van Gordon"
    case .tip: "een tip voor dit moment in het gesprek"
    case .opnieuw: "je laatste antwoord terugnemen en het anders proberen"
    case .stop: "het gesprek afronden: daarna zeg je je slotwoorden tegen de ouder"
    case .klaar: "je slotwoorden zijn klaar (ook: een lege regel of einde van de invoer)"
    }
  }

  /// Parses a line that starts with `/`; nil when the line is a reply.
  /// Throws the unknown word when it starts with `/` but is no command.
  public static func parse(_ line: String) -> Result<SessionCommand, UnknownCommand>? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("/"), trimmed.count > 1, !trimmed.hasPrefix("//") else { return nil }
    let word = trimmed.dropFirst().split(separator: " ").first.map { String($0).lowercased() } ?? ""
    if let command = SessionCommand(rawValue: word) { return .success(command) }
    if word == "help" || word == "h" || word == "?" { return .success(.hulp) }
    return .failure(UnknownCommand(word: String(word.prefix(40))))
  }

  /// A `/woord` that is not a command.
  public struct UnknownCommand: Error, Sendable, Equatable {
    public var word: String
  }
}
