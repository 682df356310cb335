import Foundation

/// A labelled set of replies in the format of `shared/corpus/dev.tsv`.
///
/// One reply a line: `labels<TAB>reply`. Labels are comma-separated marker ids, `-` for none;
/// `ik-boodschap(gedrag+gevolg)` also gives the parts, `ik-delen(gedrag)` gives parts without an ik-boodschap.
/// Empty lines and lines starting with `#` are skipped.
public struct LabelledSet: Sendable {
  public var replies: [LabelledReply]

  /// A set from replies already read.
  public init(replies: [LabelledReply]) {
    self.replies = replies
  }

  /// Parses the text of a labelled set; `path` is used in the error messages.
  public init(parsing text: String, path: String) throws(LabelledSetError) {
    var replies: [LabelledReply] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var line = Substring(rawLine)
      if line.hasSuffix("\r") { line = line.dropLast() }
      let number = index + 1
      if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
      guard let tab = line.firstIndex(of: "\t") else {
        throw LabelledSetError(path: path, line: number, message: "geen tab tussen de labels en het antwoord")
      }
      let reply = line[line.index(after: tab)...].trimmingCharacters(in: .whitespaces)
      guard !reply.isEmpty else {
        throw LabelledSetError(path: path, line: number, message: "het antwoord na de tab is leeg")
      }
      let (markers, parts) = try Self.parseLabels(line[..<tab], path: path, line: number)
      replies.append(LabelledReply(line: number, text: reply, markers: markers, parts: parts))
    }
    self.replies = replies
  }

  private static func parseLabels(
    _ text: Substring, path: String, line: Int
  ) throws(LabelledSetError) -> (Set<Marker>, Set<IMessagePart>) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed == "-" { return ([], []) }
    guard !trimmed.isEmpty else {
      throw LabelledSetError(
        path: path, line: line, message: "geen labels; schrijf '-' voor een antwoord zonder markers")
    }
    var markers: Set<Marker> = []
    var parts: Set<IMessagePart> = []
    for label in trimmed.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
      var name = label
      if let open = label.firstIndex(of: "(") {
        guard label.hasSuffix(")") else {
          throw LabelledSetError(path: path, line: line, message: "label '\(label)' mist de sluitende haak")
        }
        name = String(label[..<open])
        let inner = label[label.index(after: open)..<label.index(before: label.endIndex)]
        guard name == "ik-boodschap" || name == "ik-delen" else {
          throw LabelledSetError(
            path: path, line: line, message: "alleen ik-boodschap en ik-delen hebben delen: '\(label)'")
        }
        for partName in inner.split(separator: "+") {
          guard let part = IMessagePart(rawValue: partName.trimmingCharacters(in: .whitespaces)) else {
            throw LabelledSetError(
              path: path, line: line,
              message: "onbekend deel '\(partName)' in '\(label)'; kies uit gedrag, gevolg, gevoel")
          }
          parts.insert(part)
        }
      }
      if name == "ik-delen" {
        guard !parts.isEmpty else {
          throw LabelledSetError(path: path, line: line, message: "ik-delen zonder delen; schrijf bv. ik-delen(gedrag)")
        }
        continue
      }
      guard let marker = Marker(rawValue: name) else {
        let hint =
          Suggestion.closest(to: name, in: Marker.allCases.map(\.rawValue) + ["ik-delen"])
          .map { "; bedoelt u '\($0)'?" } ?? ""
        throw LabelledSetError(path: path, line: line, message: "onbekend label '\(label)'\(hint)")
      }
      markers.insert(marker)
    }
    return (markers, parts)
  }
}

/// A line of a labelled set that cannot be read, with the file and line for the Dutch message.
public struct LabelledSetError: Error, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var message: String

  public var description: String { "\(path):\(line): \(message)" }
}
