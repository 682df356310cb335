/// A problem found in a scenario file: a Dutch message, its severity and where it is.
public struct Diagnostic: Sendable, Equatable, Error {
  /// How bad a problem is: a `fout` stops the scenario from being used, a `waarschuwing` does not.
  public enum Severity: String, Sendable, Equatable {
    case fout
    case waarschuwing
  }

  public var severity: Severity
  /// What is wrong and what to do, in Dutch.
  public var message: String
  /// Where in the file; nil when the problem is about the file as a whole.
  public var location: SourceLocation?

  public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  /// The most problems of one file shown with their message; the rest are counted (`LoadedScenario`).
  public static let limitPerFile = 20

  public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
    Diagnostic(.fout, message, at: location)
  }

  public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
    Diagnostic(.waarschuwing, message, at: location)
  }
}

extension Diagnostic {
  /// One line: `pad:regel: fout: bericht` (without the line number when there is none).
  public func headline(path: String) -> String {
    // A file name can hold escape sequences too (a shared folder is untrusted), so it is neutralised as well.
    let shownPath = TerminalText.neutralize(path)
    let place = location.map { "\(shownPath):\($0.line)" } ?? shownPath
    return "\(place): \(severity.rawValue): \(TerminalText.neutralize(message))"
  }

  /// The headline, then the offending line of `source` with a caret under the column.
  public func rendered(path: String, source: String?) -> String {
    var text = headline(path: path)
    if let location, let source, let line = SourceText.line(location.line, of: source) {
      let (shown, caret) = Self.window(of: TerminalText.neutralize(line.replacingTabs()), column: location.column)
      let gutter = String(location.line)
      let pad = String(repeating: " ", count: gutter.count)
      text += "\n \(gutter) | \(shown)"
      text += "\n \(pad) | " + String(repeating: " ", count: max(0, caret - 1)) + "^"
    }
    return text
  }
}

extension Diagnostic {
  /// The characters shown of a line at most; a longer line (a minified file) is cut around the column.
  static let shownLineWidth = 100

  /// The part of `line` to show around `column`, with `…` where it was cut, and the caret's column in it.
  static func window(of line: String, column: Int) -> (text: String, caret: Int) {
    let characters = Array(line)
    guard characters.count > shownLineWidth else { return (line, column) }
    let target = min(max(column - 1, 0), characters.count)
    let start = max(0, min(target - shownLineWidth / 2, characters.count - shownLineWidth))
    let end = min(characters.count, start + shownLineWidth)
    let head = start > 0 ? "…" : ""
    let tail = end < characters.count ? "…" : ""
    return (head + String(characters[start..<end]) + tail, target - start + 1 + head.count)
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    String(map { $0 == "\t" ? " " : $0 })
  }
}
