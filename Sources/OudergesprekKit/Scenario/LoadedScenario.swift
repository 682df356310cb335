/// The result of loading one scenario file: the scenario when it is usable, and every problem found.
///
/// Only the first `Diagnostic.limitPerFile` problems are kept with their message; the rest are counted, so that a
/// file with thousands of problems costs no more to show than one with a few.
public struct LoadedScenario: Sendable {
  /// The path as the user gave or will recognise it.
  public var path: String
  /// The file's text, for showing the offending line; nil when it could not be read as text.
  public var source: String?
  /// The scenario; nil when a `fout` prevents its use.
  public var scenario: Scenario?
  /// The first problems of the file, in file order (at most `Diagnostic.limitPerFile`).
  public private(set) var diagnostics: [Diagnostic]
  /// The problems after the first `Diagnostic.limitPerFile`, counted but not kept.
  public private(set) var omittedErrors = 0
  public private(set) var omittedWarnings = 0

  public init(path: String, source: String?, scenario: Scenario?, diagnostics: [Diagnostic]) {
    self.path = path
    self.source = source
    self.scenario = scenario
    self.diagnostics = []
    for diagnostic in diagnostics { add(diagnostic) }
    if hasErrors { self.scenario = nil }
  }

  /// Adds a problem: kept when there is room, else counted. A `fout` makes the scenario unusable.
  mutating func add(_ diagnostic: Diagnostic) {
    if diagnostic.severity == .fout { scenario = nil }
    if diagnostics.count < Diagnostic.limitPerFile {
      diagnostics.append(diagnostic)
    } else if diagnostic.severity == .fout {
      omittedErrors += 1
    } else {
      omittedWarnings += 1
    }
  }

  /// Whether a `fout` was found.
  public var hasErrors: Bool { omittedErrors > 0 || diagnostics.contains { $0.severity == .fout } }

  /// The number of problems after the ones kept.
  public var omittedCount: Int { omittedErrors + omittedWarnings }

  /// `pad: en nog N problemen …`, when problems were left out; nil otherwise.
  public var omittedSummary: String? {
    guard omittedCount > 0 else { return nil }
    let errors = "\(omittedErrors) fout\(omittedErrors == 1 ? "" : "en")"
    let warnings = "\(omittedWarnings) waarschuwing\(omittedWarnings == 1 ? "" : "en")"
    return
      "\(TerminalText.neutralize(path)): en nog \(omittedCount) \(omittedCount == 1 ? "probleem" : "problemen") "
      + "(\(errors), \(warnings)), niet getoond; herstel eerst de eerste \(Diagnostic.limitPerFile)"
  }

  /// One line per problem: `pad:regel: fout: …`, and a last line with the count of the rest.
  public var headlines: [String] { diagnostics.map { $0.headline(path: path) } + (omittedSummary.map { [$0] } ?? []) }

  /// Each problem with the offending line and a caret under it, and a last line with the count of the rest.
  public var detailedReport: String {
    (diagnostics.map { $0.rendered(path: path, source: source) } + (omittedSummary.map { [$0] } ?? []))
      .joined(separator: "\n")
  }
}
