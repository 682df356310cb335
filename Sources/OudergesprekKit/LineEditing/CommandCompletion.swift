/// Tab at a prompt: completes a command typed at the start of the line (`/ti` → `/tip`).
public struct CommandCompletion: Equatable, Sendable {
  /// The commands that work at this prompt, with their slash (`/tip`).
  public var commands: [String]

  public init(_ commands: [String]) {
    self.commands = commands
  }

  /// What Tab does to `buffer`.
  public enum Outcome: Equatable, Sendable {
    /// The line becomes this text (one command matched, or the matches share a longer start).
    case completed(String)
    /// Several commands match and none is longer: these, to show.
    case choices([String])
    /// Nothing to complete: not a command, or no command starts like this.
    case none
  }

  /// Completes the word before the cursor when the line is a command being typed (only `/` and letters
  /// before the cursor, nothing after it).
  public func complete(_ buffer: LineBuffer) -> Outcome {
    let typed = String(buffer.characters[..<buffer.cursor])
    guard buffer.cursor == buffer.characters.count, typed.hasPrefix("/"),
      typed.dropFirst().allSatisfy(\.isLetter)
    else { return .none }
    let lowered = typed.lowercased()
    let matches = commands.filter { $0.hasPrefix(lowered) }
    guard let first = matches.first else { return .none }
    if matches.count == 1 { return .completed(first) }
    var common = first
    for match in matches.dropFirst() {
      common = String(zip(common, match).prefix { $0 == $1 }.map(\.0))
    }
    return common.count > typed.count ? .completed(common) : .choices(matches)
  }
}
