import Foundation

/// The replies typed before, newest last, for Up and Down: this session's and, loaded from the history
/// file, earlier sessions'. Bounded: the oldest entries go when there are more than `limit`, and an entry
/// longer than `maximumLength` characters (a pasted document) is not kept, so the file stays small.
public struct EditHistory: Equatable, Sendable {
  /// The entries, oldest first.
  public private(set) var entries: [String]
  /// The most entries kept.
  public let limit: Int
  /// The longest entry kept, in characters.
  public static let maximumLength = 10_000

  public init(_ entries: [String] = [], limit: Int = 500) {
    self.limit = max(limit, 1)
    self.entries = []
    for entry in entries { add(entry) }
  }

  /// Adds a reply; empty lines and a repeat of the newest entry are not added.
  public mutating func add(_ entry: String) {
    guard entry.count <= Self.maximumLength, entry != entries.last,
      !entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    else { return }
    entries.append(entry)
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
  }
}

extension EditHistory {
  /// The history as the text of its file: one entry per line, a newline in an entry written as `\n` and a
  /// backslash as `\\`, so that a pasted reply of several lines stays one entry.
  public var fileText: String {
    entries.map { entry in
      entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\r", with: "")
        .replacingOccurrences(of: "\n", with: "\\n")
    }.map { $0 + "\n" }.joined()
  }

  /// Reads the text of a history file; lines it cannot make sense of are kept as they are.
  public init(fileText: String, limit: Int = 500) {
    let lines = fileText.split(separator: "\n", omittingEmptySubsequences: true)
    self.init(lines.suffix(limit).map { Self.unescape($0) }, limit: limit)
  }

  private static func unescape(_ line: Substring) -> String {
    var result = ""
    var escaped = false
    for character in line {
      if escaped {
        result.append(character == "n" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    if escaped { result.append("\\") }
    return result
  }
}
