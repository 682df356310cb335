/// The result of loading one scenario file: the scenario when it is usable, and every problem found.
public struct LoadedScenario: Sendable {
  /// The path as the user gave or will recognise it.
  public var path: String
  /// The file's text, for showing the offending line; nil when it could not be read as text.
  public var source: String?
  /// The scenario; nil when a `fout` prevents its use.
  public var scenario: Scenario?
  public var diagnostics: [Diagnostic]

  public init(path: String, source: String?, scenario: Scenario?, diagnostics: [Diagnostic]) {
    self.path = path
    self.source = source
    self.scenario = diagnostics.contains { $0.severity == .fout } ? nil : scenario
    self.diagnostics = diagnostics
  }

  /// Whether a `fout` was found.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .fout } }

  /// One line per problem: `pad:regel: fout: …`.
  public var headlines: [String] { diagnostics.map { $0.headline(path: path) } }

  /// Each problem with the offending line and a caret under it.
  public var detailedReport: String {
    diagnostics.map { $0.rendered(path: path, source: source) }.joined(separator: "\n")
  }
}
